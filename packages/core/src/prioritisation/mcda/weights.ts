// Kept apart from the schemas (types only), so that code ranking in a browser does not load zod.
import type { Criterion } from "./criteria.js";

/**
 * Weights scaled to sum to 1, in the order given.
 *
 * @example
 * normaliseWeights([2, 1, 1]); // [0.5, 0.25, 0.25]
 */
export function normaliseWeights(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (!(total > 0)) throw new RangeError("the weights must sum to more than 0");
  return weights.map((weight) => weight / total);
}

/**
 * The criteria with new weights, in the same order (for what-if analysis and sensitivity).
 *
 * @example
 * withWeights(cwdCriteria, [0.4, 0.2, 0.2, 0.2]);
 */
export function withWeights(criteria: readonly Criterion[], weights: readonly number[]): Criterion[] {
  if (weights.length !== criteria.length)
    throw new RangeError(`expected ${criteria.length} weights, got ${weights.length}`);
  return criteria.map((criterion, i) => ({ ...criterion, weight: weights[i]! }));
}
