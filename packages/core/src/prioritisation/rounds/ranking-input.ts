// Types only from the schemas, so that a ranking in a browser does not load zod.
import { aggregateAssessments } from "../mcda/aggregate-assessments.js";
import type { ProjectScores } from "../mcda/project-scores.js";
import type { Project } from "../projects/project.js";
import { currentAssessments } from "./current-assessments.js";
import type { AssessmentRound } from "./round.js";
import type { RoundAssessment } from "./round-assessment.js";

/** A project as a ranking shows it: its title, its cost in grosze (if known) and its combined scores. */
export type RankedProjectInput = ProjectScores & { title: string; cost?: number };

/** What a ranking needs: the round's criteria (and AHP judgements), and the projects it can rank. */
export type RankingInput = Pick<AssessmentRound, "criteria" | "pairwise" | "sample"> & {
  projects: RankedProjectInput[];
};

/**
 * An assessment round's ranking input: each listed project's assessors' scores (the latest revision of
 * each) combined as the round says. Only projects scored on every criterion can be ranked.
 *
 * @example
 * const input = rankingInput(round, projects, assessments);
 * weightedSum(input.criteria, input.projects);
 */
export function rankingInput(
  round: AssessmentRound,
  projects: readonly Project[],
  assessments: readonly RoundAssessment[],
): RankingInput {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const aggregated = aggregateAssessments(currentAssessments(assessments), round.criteria, round.aggregation);
  return {
    criteria: round.criteria,
    pairwise: round.pairwise,
    sample: round.sample,
    projects: aggregated
      .filter((p) => round.projectIds.includes(p.projectId))
      .filter((p) => round.criteria.every((c) => p.scores[c.id] !== undefined))
      .map((p) => ({
        projectId: p.projectId,
        scores: p.scores,
        title: byId.get(p.projectId)?.title.pl ?? p.projectId,
        cost: byId.get(p.projectId)?.estimatedCost.amount,
      })),
  };
}
