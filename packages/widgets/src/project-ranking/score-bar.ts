import { type Criterion, normaliseScore } from "@cwd/core";
import { path } from "d3-path";
import { svg, type TemplateResult } from "lit";

const width = 64;
const height = 10;

/** A rectangle as SVG path data, drawn with d3-path. */
function rect(w: number): string {
  const p = path();
  p.rect(0, 0, w, height);
  return p.toString();
}

const track = rect(width);

/**
 * A small bar for one score: its length is the score as the weighted sum credits it (normalised over the
 * criterion's scale, reversed for a cost criterion), so the bars show what the ranking adds up. The bar
 * is decoration: the number beside it is what screen readers read.
 */
export function scoreBar(criterion: Criterion, score: number): TemplateResult {
  return svg`<svg class="bar" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
    <path class="track" d=${track}></path>
    <path class="fill" d=${rect(width * normaliseScore(criterion, score))}></path>
  </svg>`;
}
