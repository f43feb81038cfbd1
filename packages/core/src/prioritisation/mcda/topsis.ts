import type { Criterion } from "./criteria.js";
import { decisionMatrix } from "./decision-matrix.js";
import type { ProjectScores } from "./project-scores.js";
import type { ProjectScore } from "./ranking.js";
import { normaliseWeights } from "./weights.js";

/** A project's TOPSIS result: `score` is the closeness coefficient. */
export interface TopsisScore extends ProjectScore {
  /** Euclidean distance to the ideal project (D+). */
  distanceToIdeal: number;
  /** Euclidean distance to the anti-ideal project (D−). */
  distanceToAntiIdeal: number;
}

/**
 * TOPSIS as Hwang & Yoon (1981) define it: vector normalisation r_ij = x_ij / √Σ_i x_ij² (a column of
 * zeros stays zero), weighted by the weights divided by their sum; the ideal takes each criterion's best
 * weighted value among the projects (largest for benefit, smallest for cost), the anti-ideal the worst;
 * D+ and D− are Euclidean distances to them and the closeness coefficient is D− / (D+ + D−), in [0, 1],
 * higher is better. When every project ties on every criterion (ideal = anti-ideal), all get 0.5.
 * Unlike the weighted sum, scores are relative to the projects present. Projects come back in input order.
 *
 * @example
 * topsis(criteria, projects).map((p) => p.score); // closeness coefficients
 */
export function topsis(criteria: readonly Criterion[], projects: readonly ProjectScores[]): TopsisScore[] {
  const matrix = decisionMatrix(criteria, projects);
  const weights = normaliseWeights(criteria.map((criterion) => criterion.weight));
  const norms = criteria.map((_, j) => Math.hypot(...matrix.map((row) => row[j]!)));
  const weighted = matrix.map((row) =>
    row.map((x, j) => (norms[j]! === 0 ? 0 : (weights[j]! * x) / norms[j]!)),
  );
  const column = (j: number) => weighted.map((row) => row[j]!);
  const best = criteria.map((c, j) => (c.direction === "benefit" ? Math.max : Math.min)(...column(j)));
  const worst = criteria.map((c, j) => (c.direction === "benefit" ? Math.min : Math.max)(...column(j)));
  return projects.map((project, p) => {
    const row = weighted[p]!;
    const distanceToIdeal = Math.hypot(...row.map((v, j) => v - best[j]!));
    const distanceToAntiIdeal = Math.hypot(...row.map((v, j) => v - worst[j]!));
    const total = distanceToIdeal + distanceToAntiIdeal;
    return {
      projectId: project.projectId,
      score: total === 0 ? 0.5 : distanceToAntiIdeal / total,
      distanceToIdeal,
      distanceToAntiIdeal,
    };
  });
}
