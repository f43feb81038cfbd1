import { css } from "lit";
import { baseStyles } from "../internal/tokens.styles.js";

export const moderationStyles = [
  baseStyles,
  css`
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    article {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      margin-block: var(--_space);
    }
    .meta,
    .hint {
      color: var(--_muted);
      font-size: 0.9em;
      margin: 0;
    }
    .text,
    .answer p {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .answer {
      border-inline-start: 4px solid var(--_accent);
      padding-inline-start: var(--_space);
    }
    blockquote {
      margin: 0.25em 0;
      padding-inline-start: 0.75em;
      border-inline-start: 3px solid var(--_border);
      font-style: italic;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      gap: 0.5em;
      flex-wrap: wrap;
      align-items: center;
    }
    form {
      display: grid;
      gap: 0.5em;
      margin-block: 0.5em;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
    }
    label {
      display: block;
    }
    .choice {
      display: inline-flex;
      gap: 0.3em;
      margin-inline-end: var(--_space);
    }
    textarea,
    input[type="password"] {
      font: inherit;
      width: 100%;
      box-sizing: border-box;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.4em;
    }
    .alert {
      color: var(--_error);
    }
  `,
];
