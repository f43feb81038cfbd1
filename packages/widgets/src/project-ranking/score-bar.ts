import type { Criterion } from "@cwd/core";
import { scaleLinear } from "d3-scale";
import { svg, type TemplateResult } from "lit";

const width = 64;
const height = 10;

/**
 * A small bar for one score on its criterion's scale (d3-scale maps the scale to pixels). The bar is
 * decoration: the number beside it is what screen readers read.
 */
export function scoreBar(criterion: Criterion, score: number): TemplateResult {
  const x = scaleLinear().domain([criterion.scale.min, criterion.scale.max]).range([0, width]).clamp(true);
  return svg`<svg class="bar" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
    <rect class="track" width=${width} height=${height} rx="2"></rect>
    <rect class="fill" width=${x(score)} height=${height} rx="2"></rect>
  </svg>`;
}
