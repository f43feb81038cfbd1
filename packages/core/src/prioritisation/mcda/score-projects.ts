import type { Criterion } from "./criteria.js";
import type { ProjectScores } from "./project-scores.js";
import type { ProjectScore } from "./ranking.js";
import { topsis } from "./topsis.js";
import { weightedSum } from "./weighted-sum.js";

/**
 * The methods that turn criteria and scores into one score per project. AHP is not among them: it derives
 * the criteria's weights, which either method then uses.
 */
export const scoringMethods = ["weighted-sum", "topsis"] as const;
export type ScoringMethod = (typeof scoringMethods)[number];

/**
 * Scores projects with the named method (`weightedSum` or `topsis`), in input order.
 *
 * @example
 * rankProjects(scoreProjects("topsis", criteria, projects));
 */
export function scoreProjects(
  method: ScoringMethod,
  criteria: readonly Criterion[],
  projects: readonly ProjectScores[],
): ProjectScore[] {
  return method === "topsis" ? topsis(criteria, projects) : weightedSum(criteria, projects);
}
