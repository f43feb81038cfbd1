import { css } from "lit";
import { baseStyles } from "../internal/tokens.styles.js";

export const goalTreeStyles = [
  baseStyles,
  css`
    :host {
      --_indent: var(--cwd-goal-tree-indent, 1.25rem);
      --_on-track: var(--cwd-color-on-track, #1b6e2a);
      --_at-risk: var(--cwd-color-at-risk, #8a5300);
      --_off-track: var(--cwd-color-off-track, var(--_error));
      --_max-width: var(--cwd-max-width, 64rem);
      container-type: inline-size;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2) var(--_space);
      margin-bottom: calc(var(--_space) / 2);
    }
    input,
    select {
      font: inherit;
      min-height: 2.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.25rem 0.5rem;
      margin-inline-start: 0.25rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: var(--_space);
      align-items: start;
    }
    .item {
      display: grid;
      grid-template-columns: 1.25rem minmax(0, 1fr) auto;
      align-items: center;
      gap: 0.5rem;
      padding: 0.375rem 0.5rem 0.375rem calc(var(--_depth) * var(--_indent) + 0.25rem);
      min-height: 2.75rem;
      border-bottom: 1px solid color-mix(in srgb, currentColor 15%, transparent);
      cursor: pointer;
    }
    .item[aria-selected="true"] {
      background: color-mix(in srgb, var(--_accent) 10%, transparent);
    }
    .number {
      font-weight: 600;
    }
    .figures {
      font-variant-numeric: tabular-nums;
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      white-space: nowrap;
    }
    .bar {
      display: inline-block;
      width: 5rem;
      height: 0.5rem;
      border: 1px solid var(--_border);
      border-radius: 0.25rem;
      overflow: hidden;
    }
    .bar > span {
      display: block;
      height: 100%;
      background: currentColor;
    }
    .status-on_track .figures {
      color: var(--_on-track);
    }
    .status-at_risk .figures {
      color: var(--_at-risk);
    }
    .status-off_track .figures {
      color: var(--_off-track);
    }
    .status-no_data .figures {
      color: var(--_muted);
    }
    .sample,
    .hint {
      color: var(--_muted);
      font-style: italic;
    }
    .indicator {
      border-top: 1px solid var(--_border);
      padding-top: 0.5rem;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.125rem 0.75rem;
    }
    dd {
      margin: 0;
    }
    .error {
      color: var(--_error);
    }
    /* A big tree scrolls in its own box, its rows of one height (titles cut short: the details show them whole). */
    .windowed {
      max-height: min(70vh, 40rem);
      overflow-y: auto;
      /* The padding standing in for unrendered rows changes as it scrolls: the browser must not re-anchor. */
      overflow-anchor: none;
    }
    .windowed .item {
      box-sizing: border-box;
      height: 2.75rem;
      white-space: nowrap;
    }
    .windowed .title {
      overflow: hidden;
      text-overflow: ellipsis;
    }
    /* The list layout on narrow screens: details under the tree, figures under each title. */
    @container (max-width: 36rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
      .item {
        grid-template-columns: 1.25rem minmax(0, 1fr);
        --_indent: 0.75rem;
      }
      .figures {
        grid-column: 2;
      }
      .windowed .item {
        height: 4.5rem;
      }
    }
  `,
];
