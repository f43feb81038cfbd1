import * as z from "zod/mini";
import type { BudgetElection } from "./election.js";
import { greedy } from "./greedy.js";
import type { BudgetOutcome } from "./outcome.js";
import type { TieBreaking } from "./tie-breaking.js";

/**
 * The step Wieliczka added after Equal Shares: `none`, or `popularity` — keep greedy's outcome instead
 * when more voters strictly prefer it (`compareWithGreedy`).
 */
export const EqualSharesComparison = z.enum(["none", "popularity"]);
export type EqualSharesComparison = z.infer<typeof EqualSharesComparison>;

/**
 * How many voters approve strictly more winners of one outcome than of the other (voters who approve as
 * many of each prefer neither).
 *
 * @example
 * popularityComparison(election, ["a", "b"], ["c"]); // { preferFirst: 120, preferSecond: 80 }
 */
export function popularityComparison(
  election: BudgetElection,
  first: readonly string[],
  second: readonly string[],
): { preferFirst: number; preferSecond: number } {
  const inFirst = new Set(first);
  const inSecond = new Set(second);
  let preferFirst = 0;
  let preferSecond = 0;
  for (const ballot of election.ballots) {
    const approved = new Set(ballot);
    let difference = 0;
    for (const id of approved) difference += Number(inFirst.has(id)) - Number(inSecond.has(id));
    if (difference > 0) preferFirst++;
    else if (difference < 0) preferSecond++;
  }
  return { preferFirst, preferSecond };
}

/**
 * Wieliczka's comparison step (pabutools' `popularity_comparison`, the equalshares.net tool's
 * `comparison: "satisfaction"`): each voter compares how many projects they approve are selected by
 * Equal Shares (with its completion) and by greedy; if more voters strictly prefer greedy's outcome, it
 * is greedy's that is returned. Either way `comparison` says which was kept and the counts.
 *
 * @example
 * const outcome = compareWithGreedy(election, equalShares(election, { completion: "add1-greedy" }));
 * outcome.comparison; // { kept: "equal-shares", preferEqualShares: 2968, preferGreedy: 1473 }
 */
export function compareWithGreedy(
  election: BudgetElection,
  equalSharesOutcome: BudgetOutcome,
  tieBreaking: TieBreaking = "id",
): BudgetOutcome {
  const greedyOutcome = greedy(election, { tieBreaking });
  const { preferFirst, preferSecond } = popularityComparison(
    election,
    equalSharesOutcome.selected,
    greedyOutcome.selected,
  );
  const counts = { preferEqualShares: preferFirst, preferGreedy: preferSecond };
  if (preferSecond > preferFirst)
    return { ...greedyOutcome, rule: "equalShares", comparison: { kept: "greedy", ...counts } };
  return { ...equalSharesOutcome, comparison: { kept: "equal-shares", ...counts } };
}
