import { css } from "lit";
import { baseStyles } from "../internal/tokens.styles.js";

export const consultationStyles = [
  baseStyles,
  css`
    :host {
      --_gap: var(--cwd-consultation-gap, var(--_space));
    }
    .status {
      border-inline-start: 4px solid var(--_accent);
      padding-inline-start: var(--_gap);
    }
    .paragraph:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_gap) / 2);
      margin-block-end: var(--_gap);
    }
    .panel {
      border: 1px solid var(--_border);
      padding: var(--_gap);
      margin-block-end: var(--_gap);
    }
    .hint {
      color: var(--_muted);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0 var(--_gap);
    }
  `,
];
