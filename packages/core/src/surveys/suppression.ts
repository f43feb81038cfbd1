import type { QuestionResult } from "./statistics.js";

/**
 * Hides what a filtered result shows about fewer than k respondents, as crosstabs do: an option chosen
 * by fewer than k loses its count, share and interval; a question answered by fewer than k loses its
 * mean, median, spread, rankings and matrix rows. Changes the result in place.
 *
 * @example
 * suppressSmall({ type: "scale", answered: 3, mean: 4.2 }, 5) // { type: "scale", answered: 3, mean: null }
 */
export function suppressSmall(result: QuestionResult, k: number): void {
  for (const option of Object.values(result.options ?? {})) {
    if (option.count !== null && option.count < k) {
      option.count = null;
      option.share = null;
      option.wilson95 = null;
      if (option.weightedShare !== undefined) option.weightedShare = null;
    }
  }
  if (result.answered >= k) return;
  for (const field of ["mean", "median", "sd", "weightedMean"] as const) {
    if (result[field] !== undefined) result[field] = null;
  }
  delete result.ranking;
  delete result.rows;
}
