import { css } from "lit";
import { baseStyles } from "../internal/tokens.styles.js";

export const actionPlanStyles = [
  baseStyles,
  css`
    :host {
      --_gap: var(--cwd-action-plan-gap, var(--_space));
      --_bar: var(--cwd-action-plan-bar, var(--_accent));
      --_late: var(--cwd-action-plan-late, var(--_error));
      --_max-width: var(--cwd-max-width, 64rem);
      container-type: inline-size;
    }
    h2 { font-size: 1.5em; margin: 0 0 calc(var(--_gap) / 2); }
    h3 { font-size: 1.1em; margin: var(--_gap) 0 calc(var(--_gap) / 2); }
    p { margin: 0 0 calc(var(--_gap) / 2); }
    .sample { border-left: 4px solid var(--_accent); padding-left: 0.5rem; font-weight: 600; }
    .controls { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; margin-bottom: var(--_gap); }
    .controls button[aria-pressed="false"] { background: transparent; color: inherit; }
    ul { list-style: none; margin: 0; padding: 0; }
    li.action {
      display: grid;
      grid-template-columns: minmax(10rem, 16rem) 1fr;
      gap: 0.5rem;
      padding: 0.25rem;
      border-bottom: 1px solid var(--_border);
    }
    li.action:focus-visible { outline-offset: -3px; }
    .label { display: grid; gap: 0.125rem; }
    .meta { font-size: 0.875em; color: var(--_muted); }
    .flag { font-weight: 700; }
    .flag.late { color: var(--_late); }
    .track { position: relative; min-height: 2rem; }
    .bar {
      position: absolute;
      top: 0.5rem;
      height: 1rem;
      min-width: 2px;
      background: var(--_bar);
      border-radius: 2px;
    }
    .bar.critical { outline: 2px solid currentColor; outline-offset: 1px; }
    .bar.late { background: repeating-linear-gradient(45deg, var(--_late) 0 6px, transparent 6px 9px); border: 1px solid var(--_late); }
    .bar.done, .bar.dropped { opacity: 0.5; }
    .diamond {
      position: absolute;
      top: 0.5rem;
      width: 0.75rem;
      height: 0.75rem;
      margin-left: -0.375rem;
      transform: rotate(45deg);
      background: currentColor;
    }
    .today { position: absolute; top: 0; bottom: 0; border-left: 2px dashed var(--_late); }
    .axis { position: relative; height: 1.5rem; font-size: 0.75em; color: var(--_muted); margin-left: calc(min(16rem, 30%) + 0.5rem); }
    .tick { position: absolute; white-space: nowrap; border-left: 1px solid var(--_border); padding-left: 2px; }
    /* Narrow screens: a list with the same information as text, and no chart. */
    @container (max-width: 36rem) {
      li.action { grid-template-columns: 1fr; }
      .track, .axis { display: none; }
    }
  `,
];
