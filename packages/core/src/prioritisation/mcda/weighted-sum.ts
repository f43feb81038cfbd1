import type { Criterion } from "./criteria.js";
import { decisionMatrix } from "./decision-matrix.js";
import type { ProjectScores } from "./project-scores.js";
import type { ProjectScore } from "./ranking.js";
import { normaliseWeights } from "./weights.js";

/**
 * A score on a criterion mapped to 0–1 over the criterion's scale (min-max normalisation): (x − min) /
 * (max − min) for a benefit criterion, (max − x) / (max − min) for a cost criterion, so 1 is always best.
 *
 * @example
 * normaliseScore({ direction: "cost", scale: { min: 0, max: 10 } }, 2); // 0.8
 */
export function normaliseScore(criterion: Pick<Criterion, "direction" | "scale">, value: number): number {
  const { min, max } = criterion.scale;
  const share = (value - min) / (max - min);
  return criterion.direction === "benefit" ? share : 1 - share;
}

/**
 * Weighted sum (suma ważona): each project's score is Σ w_j · r_j, where the weights are divided by their
 * sum and r_j is the project's score on criterion j normalised over that criterion's scale (min-max,
 * cost criteria inverted; see `normaliseScore`). The result is in [0, 1]: 1 means best on every
 * criterion's scale. Normalising over the stated scale, not over the projects present, keeps a project's
 * score unchanged when another project is added. Projects come back in input order.
 *
 * @example
 * weightedSum(cwdCriteria, [{ projectId: "p1", scores: { "ponadgminny-zasieg": 2, "wiele-problemow": 1,
 *   "wiele-grup-spolecznych": 2, "wiele-potencjalow": 0 } }]); // [{ projectId: "p1", score: 0.625 }]
 */
export function weightedSum(
  criteria: readonly Criterion[],
  projects: readonly ProjectScores[],
): ProjectScore[] {
  const matrix = decisionMatrix(criteria, projects);
  const weights = normaliseWeights(criteria.map((criterion) => criterion.weight));
  return projects.map((project, p) => ({
    projectId: project.projectId,
    score: criteria.reduce(
      (sum, criterion, j) => sum + weights[j]! * normaliseScore(criterion, matrix[p]![j]!),
      0,
    ),
  }));
}
