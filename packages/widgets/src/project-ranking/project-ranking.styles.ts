import { css } from "lit";
import { baseStyles } from "../internal/tokens.styles.js";

export const projectRankingStyles = [
  baseStyles,
  css`
    :host {
      --_gap: var(--cwd-project-ranking-gap, var(--_space));
      --_max-width: var(--cwd-max-width, 64rem);
      container-type: inline-size;
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
      /* A fieldset is otherwise never narrower than its content, and the page scrolls sideways. */
      min-width: 0;
    }

    .weight {
      display: grid;
      grid-template-columns: minmax(0, 14rem) minmax(0, 8rem) 3rem;
      gap: 0.5rem;
      align-items: center;
    }

    .weight input {
      width: 100%;
      min-width: 0;
    }

    /* On a narrow screen the criterion's name goes above its slider. */
    @container (max-width: 30rem) {
      .weights {
        flex: 1 1 100%;
      }
      .weight {
        grid-template-columns: minmax(0, 1fr) 3rem;
        gap: 0 0.5rem;
      }
      .weight > span {
        grid-column: 1 / -1;
      }
    }

    /* The ranking needs both dimensions, so it scrolls inside its own box (WCAG 1.4.10); the table,
       named by its caption, takes the keyboard focus as a scroll container. */
    table {
      display: block;
      max-width: 100%;
      overflow-x: auto;
      border-collapse: collapse;
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
