import { svg, type TemplateResult } from "lit";

/** Space between bars, as a share of each bar's slot (d3's band padding). */
const padding = 0.2;

/**
 * Horizontal bars of shares (0 to 1), one per option. Hidden from screen readers: the table beside
 * it carries the same figures. The layout is d3-scale's band scale worked out by hand: importing
 * d3-scale brings the chunk other widgets share with d3-interpolate, d3-color and d3-format (some
 * 10 kB gzipped) for two multiplications.
 *
 * @example
 * shareBars([{ label: "Drogi", share: 0.42 }, { label: "Szkoły", share: null }])
 */
export function shareBars(bars: { label: string; share: number | null }[]): TemplateResult {
  const width = 320;
  const rowHeight = 22;
  const height = bars.length * rowHeight;
  const step = height / (bars.length + padding);
  return svg`<svg class="chart" part="chart" viewBox="0 0 ${width} ${height}" width="100%" aria-hidden="true" focusable="false">
    ${bars.map(
      (bar, i) =>
        svg`<rect x="0" y=${step * (padding + i)} width=${(bar.share ?? 0) * width} height=${step * (1 - padding)} rx="2"></rect>`,
    )}
  </svg>`;
}
