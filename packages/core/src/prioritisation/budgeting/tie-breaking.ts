import * as z from "zod/mini";
import type { PreparedElection } from "./election.js";

/**
 * How a tie between projects is broken: `id` — the smallest project id compared as a string
 * (`"10" < "9"`, `"c10" < "c2"`), as pabutools' default `lexico_tie_breaking`; `cost-votes` — the lowest
 * cost, then the most votes, then the smallest id, as equalshares.net recommends (it draws lots last).
 */
export const TieBreaking = z.enum(["id", "cost-votes"]);
export type TieBreaking = z.infer<typeof TieBreaking>;

/** Each project's place in the tie-breaking order (0 wins every tie). */
export function tieBreakingRanks(election: PreparedElection, tieBreaking: TieBreaking): number[] {
  const { ids, costs, votes } = election;
  const byId = (a: number, b: number) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
  const order = ids.map((_, i) => i);
  order.sort(
    tieBreaking === "id"
      ? byId
      : (a, b) =>
          costs[a]! < costs[b]! ? -1 : costs[a]! > costs[b]! ? 1 : votes[b]! - votes[a]! || byId(a, b),
  );
  const ranks: number[] = [];
  order.forEach((project, rank) => {
    ranks[project] = rank;
  });
  return ranks;
}
