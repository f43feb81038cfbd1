import { css } from "lit";
import { baseStyles } from "../internal/tokens.styles.js";

export const eventsStyles = [
  baseStyles,
  css`
    :host {
      --_gap: var(--cwd-events-gap, var(--_space));
    }
    h2 { font-size: 1.5em; margin: 0 0 calc(var(--_gap) / 2); }
    h3 { font-size: 1.25em; margin: var(--_gap) 0 calc(var(--_gap) / 2); }
    h4 { font-size: 1.1em; margin: 0; }
    p, ul, ol { margin: 0 0 calc(var(--_gap) / 2); }
    .filters { display: flex; flex-wrap: wrap; gap: var(--_gap); }
    label { display: grid; gap: 0.25rem; }
    select, input[type="text"] { font: inherit; min-height: 2.75rem; padding: 0.25rem 0.5rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
    .consent { display: flex; grid-template-columns: none; gap: 0.5rem; align-items: flex-start; }
    .consent input { width: 1.5rem; height: 1.5rem; flex: none; }
    article { border-top: 1px solid var(--_border); padding: var(--_gap) 0; display: grid; gap: 0.25rem; }
    .meta { color: var(--_muted); }
    form { display: grid; gap: calc(var(--_gap) / 2); margin-top: calc(var(--_gap) / 2); }
    .error { color: var(--_error); font-weight: 600; }
    .confirmation { border-left: 4px solid var(--_accent); padding-left: 0.5rem; font-weight: 600; }
    a { color: inherit; }
  `,
];
