import { css } from "lit";
import { baseStyles } from "../internal/tokens.styles.js";

export const indicatorChartStyles = [
  baseStyles,
  css`
    :host {
      --_target: var(--cwd-indicator-chart-target, var(--_error));
      --_max-width: var(--cwd-max-width, 64rem);
    }
    .multiples {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: var(--_space);
    }
    figure {
      margin: 0;
    }
    svg {
      width: 100%;
      height: auto;
    }
    .tick {
      font-size: 10px;
      fill: currentColor;
    }
    .line {
      fill: none;
      stroke: var(--_accent);
      stroke-width: 2;
    }
    .dot,
    .bar {
      fill: var(--_accent);
    }
    .baseline {
      fill: Canvas;
      stroke: var(--_accent);
      stroke-width: 2;
    }
    .indicator svg {
      max-width: 36rem;
    }
    summary {
      cursor: pointer;
      padding-block: 0.75rem;
    }
    .target {
      stroke: var(--_target);
      stroke-dasharray: 4 3;
      stroke-width: 1.5;
    }
    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0 0 calc(var(--_space) / 2);
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      margin-inline-end: var(--_space);
      min-height: 2.75rem;
    }
    /* A series over many years is wider than a phone: the table, named by its caption, scrolls
       inside its own box (WCAG 1.4.10) and takes the keyboard focus as a scroll container. */
    table {
      display: block;
      max-width: 100%;
      overflow-x: auto;
      border-collapse: collapse;
      margin-top: var(--_space);
    }
    fieldset {
      min-width: 0;
    }
    th,
    td {
      border: 1px solid var(--_border);
      padding: 0.25rem 0.5rem;
      text-align: end;
    }
    th[scope="row"] {
      text-align: start;
    }
    .note {
      color: var(--_muted);
      font-style: italic;
    }
    .error {
      color: var(--_error);
    }
  `,
];
