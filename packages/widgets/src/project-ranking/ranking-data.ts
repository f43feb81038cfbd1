import {
  NotFoundError,
  type Page,
  type RankedProjectInput,
  type RankingInput,
  rankingInput,
  type Store,
} from "@cwd/core";

/** A project as the ranking shows it, and everything the ranking needs (from a store or as properties). */
export type { RankedProjectInput as RankedInput, RankingInput as RankingData };

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
): Promise<RankingInput> {
  const round = await store.get("rounds", { partnershipId, id: roundId });
  if (round.type !== "assessment") throw new NotFoundError(`round ${roundId} is not an assessment round`);
  const [projects, assessments] = await Promise.all([
    allPages((cursor) => store.list("projects", { partnershipId, cursor, limit: 100 })),
    allPages((cursor) =>
      store.listSubmissions("assessments", { partnershipId, filter: { roundId }, cursor, limit: 100 }),
    ),
  ]);
  return rankingInput(round, projects, assessments);
}
