import { css } from "lit";
import { baseStyles } from "../internal/tokens.styles.js";

export const projectRankingStyles = [
  baseStyles,
  css`
    :host {
      --_gap: var(--cwd-project-ranking-gap, var(--_space));
      --_max-width: var(--cwd-max-width, 64rem);
    }

    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap);
      margin-bottom: var(--_gap);
    }

    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      display: grid;
      gap: 0.25rem;
    }

    .weight {
      display: grid;
      grid-template-columns: 14rem 8rem 3rem;
      gap: 0.5rem;
      align-items: center;
    }

    table {
      border-collapse: collapse;
      width: 100%;
    }

    th,
    td {
      text-align: left;
      padding: 0.25rem 0.5rem;
      border-bottom: 1px solid var(--_border);
      vertical-align: top;
    }

    .criterion {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }

    .bar .track {
      fill: color-mix(in srgb, currentColor 12%, transparent);
    }

    .bar .fill {
      fill: var(--_accent);
    }

    tr.below {
      color: var(--_muted);
    }

    .budget-line td {
      border-bottom: 3px dashed var(--_accent);
      font-weight: 600;
    }

    .badge {
      border-radius: var(--_radius);
      padding: 0 0.4rem;
      border: 1px solid currentColor;
    }

    .hint {
      display: block;
      font-size: 0.85em;
    }

    .alert {
      border-left: 4px solid var(--_error);
      padding-left: 0.5rem;
    }

    .sample {
      font-style: italic;
    }
  `,
];
