import { css } from "lit";
import { baseStyles } from "../internal/tokens.styles.js";

export const commentsStyles = [
  baseStyles,
  css`
    :host {
      --_gap: var(--cwd-comments-gap, var(--_space));
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    ol ol {
      margin-inline-start: calc(var(--_gap) * 1.5);
      border-inline-start: 2px solid var(--_border);
      padding-inline-start: var(--_gap);
    }
    .entry {
      margin-block: var(--_gap);
    }
    .meta,
    .hint {
      color: var(--_muted);
      font-size: 0.9em;
      margin: 0;
    }
    .text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 0.25em 0;
    }
    .stance {
      font-weight: 600;
    }
    .answer {
      border-inline-start: 4px solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 8%, transparent);
      padding: 0.5em var(--_gap);
      margin-block: 0.5em;
    }
    .answer p {
      margin: 0.25em 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
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
    }
    form {
      display: grid;
      gap: calc(var(--_gap) / 1.5);
      margin-block-start: var(--_gap);
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
    }
    label {
      display: block;
    }
    textarea,
    input[type="text"],
    select {
      font: inherit;
      width: 100%;
      box-sizing: border-box;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.4em;
    }
    .choice {
      display: inline-flex;
      gap: 0.3em;
      margin-inline-end: var(--_gap);
    }
    .trap {
      position: absolute;
      left: -10000px;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    .alert {
      color: var(--_error);
    }
    .notice {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5em var(--_gap);
    }
  `,
];
