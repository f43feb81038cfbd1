import type { Criterion } from "./criteria.js";
import { seededRandom } from "./prng.js";
import type { ProjectScores } from "./project-scores.js";
import { rankProjects } from "./ranking.js";
import { type ScoringMethod, scoreProjects } from "./score-projects.js";
import { checkK } from "./weight-intervals.js";
import { normaliseWeights, withWeights } from "./weights.js";

/** A project's share of perturbed-weight runs in which it ranked k-th or better. */
export interface TopKProbability {
  projectId: string;
  probability: number;
}

/**
 * How robust the top k is to the weights: each of `samples` runs (default 1000) multiplies every weight
 * by (1 + u · spread), u uniform in [−1, 1) (default spread 0.2, i.e. ±20 %; a weight of 0 stays 0), divides
 * by the sum, and ranks the projects; a project's probability is the share of runs in which its rank is
 * k or better (ties straddling the cut count in). The generator is seeded (default seed 1), so the same
 * input gives the same figures. Projects come back in input order.
 *
 * @example
 * topKProbabilities(cwdCriteria, projects, { k: 3, spread: 0.2, seed: 7 });
 * // [{ projectId: "p1", probability: 0.93 }, …]
 */
export function topKProbabilities(
  criteria: readonly Criterion[],
  projects: readonly ProjectScores[],
  options: { k: number; method?: ScoringMethod; samples?: number; spread?: number; seed?: number },
): TopKProbability[] {
  checkK(options.k, projects.length);
  const { k, method = "weighted-sum", samples = 1000, spread = 0.2, seed = 1 } = options;
  const random = seededRandom(seed);
  const base = normaliseWeights(criteria.map((criterion) => criterion.weight));
  const hits = new Map(projects.map((project) => [project.projectId, 0]));
  for (let run = 0; run < samples; run++) {
    const weights = normaliseWeights(base.map((weight) => weight * (1 + (2 * random() - 1) * spread)));
    for (const project of rankProjects(scoreProjects(method, withWeights(criteria, weights), projects)))
      if (project.rank <= k) hits.set(project.projectId, hits.get(project.projectId)! + 1);
  }
  return projects.map((project) => ({
    projectId: project.projectId,
    probability: hits.get(project.projectId)! / samples,
  }));
}
