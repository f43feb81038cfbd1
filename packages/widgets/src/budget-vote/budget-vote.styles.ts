import { css } from "lit";
import { baseStyles } from "../internal/tokens.styles.js";

export const budgetVoteStyles = [
  baseStyles,
  css`
    :host {
      --_gap: var(--cwd-budget-vote-gap, var(--_space));
    }

    h2 {
      font-size: 1.5em;
      line-height: 1.25;
      margin: 0 0 calc(var(--_gap) / 2);
    }

    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      display: grid;
      gap: calc(var(--_gap) / 2);
    }

    legend {
      font-weight: 600;
      margin-bottom: calc(var(--_gap) / 2);
    }

    .candidate {
      display: grid;
      grid-template-columns: auto 1fr auto;
      gap: calc(var(--_gap) / 2);
      align-items: baseline;
      cursor: pointer;
    }

    .cost {
      font-variant-numeric: tabular-nums;
    }

    .total {
      font-weight: 600;
    }

    .sample {
      font-style: italic;
    }

    .alert {
      color: var(--_error);
    }

    .code {
      display: grid;
      gap: calc(var(--_gap) / 4);
      max-inline-size: 20rem;
    }

    .code input {
      font: inherit;
      text-transform: uppercase;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_gap) / 2);
    }
  `,
];
