import { scaleBand } from "d3-scale";
import { svg, type TemplateResult } from "lit";

/**
 * Horizontal bars of shares (0 to 1), one per option, laid out with d3-scale's band scale. Hidden from screen
 * readers: the table beside it carries the same figures.
 */
export function shareBars(bars: { label: string; share: number | null }[]): TemplateResult {
  const width = 320;
  const rowHeight = 22;
  const height = bars.length * rowHeight;
  // A share maps to a width by one multiplication; d3's linear scale would bring colour interpolation
  // and number formatting (some 6 kB gzipped) for nothing.
  const x = (share: number) => share * width;
  const y = scaleBand<number>()
    .domain(bars.map((_, i) => i))
    .range([0, height])
    .padding(0.2);
  return svg`<svg class="chart" part="chart" viewBox="0 0 ${width} ${height}" width="100%" aria-hidden="true" focusable="false">
    ${bars.map(
      (bar, i) =>
        svg`<rect x="0" y=${y(i) ?? 0} width=${x(bar.share ?? 0)} height=${y.bandwidth()} rx="2"></rect>`,
    )}
  </svg>`;
}
