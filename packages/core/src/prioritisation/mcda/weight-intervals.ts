import { ValidationError } from "../../store/errors.js";
import type { Criterion } from "./criteria.js";
import { decisionMatrix } from "./decision-matrix.js";
import type { ProjectScores } from "./project-scores.js";
import { isTie, rankProjects, topK } from "./ranking.js";
import { type ScoringMethod, scoreProjects } from "./score-projects.js";
import { normaliseScore } from "./weighted-sum.js";
import { normaliseWeights, withWeights } from "./weights.js";

/** The range of one criterion's weight over which the top k projects stay the same. */
export interface WeightInterval {
  criterionId: string;
  /** The criterion's current weight, normalised so all weights sum to 1. */
  weight: number;
  from: number;
  to: number;
  /** The top k at the current weights (project ids, sorted). */
  top: string[];
}

/** Grid step and bisection tolerance of the numeric search (TOPSIS). */
const gridStep = 0.01;
const bisectionTolerance = 1e-6;

/**
 * For each criterion, the interval of its weight in which the set of top-k projects (rank ≤ k, see
 * `topK`) stays what it is now. The weight w_j is moved from 0 to 1 while the other weights keep their
 * proportions and fill the rest, 1 − w_j (shared equally when they are all 0).
 * Weighted sum: every score is linear in w_j, so the ranking can change only where two projects' lines
 * cross; the bounds are those crossings, exact. TOPSIS: scanned on a grid of 0.01 from the current weight,
 * then bisected to 1e-6; the bounds are on the inner side, and a change that reverts within one grid
 * step can be missed. At a bound itself projects tie, so the top k there may differ.
 *
 * @example
 * stableWeightIntervals(cwdCriteria, projects, { k: 3 });
 * // [{ criterionId: "ponadgminny-zasieg", weight: 0.25, from: 0.1, to: 0.42, top: ["p1", "p4", "p7"] }, …]
 */
export function stableWeightIntervals(
  criteria: readonly Criterion[],
  projects: readonly ProjectScores[],
  options: { k: number; method?: ScoringMethod },
): WeightInterval[] {
  checkK(options.k, projects.length);
  const method = options.method ?? "weighted-sum";
  const weights = normaliseWeights(criteria.map((criterion) => criterion.weight));
  const topAt = (j: number, t: number) =>
    topK(
      rankProjects(scoreProjects(method, withWeights(criteria, moveWeight(weights, j, t)), projects)),
      options.k,
    );
  return criteria.map((criterion, j) => {
    const top = topAt(j, weights[j]!);
    const same = (t: number) => sameSet(topAt(j, t), top);
    const [from, to] =
      method === "weighted-sum"
        ? exactBounds(crossings(criteria, projects, weights, j), weights[j]!, same)
        : [searchBound(weights[j]!, 0, same), searchBound(weights[j]!, 1, same)];
    return { criterionId: criterion.id, weight: weights[j]!, from, to, top };
  });
}

/** The weights with weight j set to t and the others rescaled to share 1 − t in their proportions. */
export function moveWeight(weights: readonly number[], j: number, t: number): number[] {
  const rest = 1 - weights[j]!;
  return weights.map((weight, i) => {
    if (i === j) return t;
    return rest > 0 ? (weight * (1 - t)) / rest : (1 - t) / (weights.length - 1);
  });
}

/** The weights in (0, 1) at which two projects' weighted sums are equal, sorted, with 0 and 1 added. */
function crossings(
  criteria: readonly Criterion[],
  projects: readonly ProjectScores[],
  weights: readonly number[],
  j: number,
): number[] {
  const matrix = decisionMatrix(criteria, projects);
  const atZero = moveWeight(weights, j, 0);
  // Score_p(t) = t·a_p + (1 − t)·b_p: a_p is the normalised score on criterion j, b_p the score without it.
  const lines = matrix.map((row) => ({
    a: normaliseScore(criteria[j]!, row[j]!),
    b: row.reduce(
      (sum, value, i) => (i === j ? sum : sum + atZero[i]! * normaliseScore(criteria[i]!, value)),
      0,
    ),
  }));
  const points = new Set([0, 1]);
  for (const [x, p] of lines.entries())
    for (const q of lines.slice(x + 1)) {
      const slope = p.a - p.b - (q.a - q.b);
      const t = (q.b - p.b) / slope;
      if (slope !== 0 && t > 0 && t < 1) points.add(t);
    }
  return [...points].sort((a, b) => a - b);
}

/** Walk out from the current weight segment by segment (tested at midpoints) until the top k changes. */
function exactBounds(
  points: readonly number[],
  weight: number,
  same: (t: number) => boolean,
): [number, number] {
  let upper = points.findIndex((point) => point > weight && !isTie(point, weight));
  if (upper === -1) upper = points.length - 1;
  let lower = upper - 1;
  // The current weights sit on a crossing: two projects tie at the cut, and any move changes the top k.
  if (!same((points[lower]! + points[upper]!) / 2)) return [weight, weight];
  while (lower > 0 && same((points[lower - 1]! + points[lower]!) / 2)) lower--;
  while (upper < points.length - 1 && same((points[upper]! + points[upper + 1]!) / 2)) upper++;
  return [points[lower]!, points[upper]!];
}

/** Scan from the weight towards `end` in grid steps, then bisect the first step where the top k changes. */
function searchBound(weight: number, end: 0 | 1, same: (t: number) => boolean): number {
  const direction = end > weight ? 1 : -1;
  let inside = weight;
  while (inside !== end) {
    const next = direction > 0 ? Math.min(end, inside + gridStep) : Math.max(end, inside - gridStep);
    if (!same(next)) return bisect(inside, next, same);
    inside = next;
  }
  return end;
}

function bisect(inside: number, outside: number, same: (t: number) => boolean): number {
  while (Math.abs(outside - inside) > bisectionTolerance) {
    const middle = (inside + outside) / 2;
    if (same(middle)) inside = middle;
    else outside = middle;
  }
  return inside;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** k must be a whole number from 1 to the number of projects. */
export function checkK(k: number, projectCount: number): void {
  if (!Number.isInteger(k) || k < 1 || k > projectCount)
    throw new ValidationError([{ path: "k", message: `must be a whole number from 1 to ${projectCount}` }]);
}
