import {
  aggregateAssessments,
  type Criterion,
  currentAssessments,
  NotFoundError,
  type Page,
  type ProjectScores,
  type Store,
} from "@cwd/core";

/** A project as the ranking shows it: its title, its cost in grosze (if known) and its scores. */
export interface RankedInput extends ProjectScores {
  title: string;
  cost?: number;
}

/** Everything the ranking needs, from a store or set as properties. */
export interface RankingData {
  criteria: Criterion[];
  projects: RankedInput[];
  pairwise?: number[][];
  sample?: boolean;
}

async function allPages<T>(next: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await next(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/**
 * An assessment round's ranking data from a store: the round's criteria, and each project's assessors'
 * scores (the latest revision of each) combined as the round says. Reading assessments needs a token
 * that may read raw submissions; a public page passes `criteria` and `projects` instead.
 */
export async function loadRanking(
  store: Store,
  partnershipId: string,
  roundId: string,
): Promise<RankingData> {
  const round = await store.get("rounds", { partnershipId, id: roundId });
  if (round.type !== "assessment") throw new NotFoundError(`round ${roundId} is not an assessment round`);
  const [projects, assessments] = await Promise.all([
    allPages((cursor) => store.list("projects", { partnershipId, cursor, limit: 100 })),
    allPages((cursor) =>
      store.listSubmissions("assessments", { partnershipId, filter: { roundId }, cursor, limit: 100 }),
    ),
  ]);
  const byId = new Map(projects.map((p) => [p.id, p]));
  const aggregated = aggregateAssessments(currentAssessments(assessments), round.criteria, round.aggregation);
  return {
    criteria: round.criteria,
    pairwise: round.pairwise,
    sample: round.sample,
    // Only projects scored on every criterion can be ranked.
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
