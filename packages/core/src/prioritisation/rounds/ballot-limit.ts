// Kept free of zod (types only), so that a ballot widget can check its running total without the schemas.
import type { BudgetRound } from "./round.js";

/**
 * What the chosen projects cost together, in grosze (each candidate counted once; unknown ids add nothing).
 *
 * @example
 * ballotCost(round, ["plac-zabaw", "lawki"]); // 7_000_000 (70 000 PLN)
 */
export function ballotCost(round: BudgetRound, projectIds: readonly string[]): number {
  return round.candidates
    .filter((candidate) => projectIds.includes(candidate.projectId))
    .reduce((sum, candidate) => sum + candidate.cost, 0);
}

/**
 * Whether the chosen projects keep within the round's limit: the budget, or at most N projects.
 *
 * @example
 * withinLimit(round, ["plac-zabaw", "boisko"]); // false: 110 000 PLN of a 100 000 PLN budget
 */
export function withinLimit(round: BudgetRound, projectIds: readonly string[]): boolean {
  return round.ballot.limit === "budget"
    ? ballotCost(round, projectIds) <= round.budget
    : projectIds.length <= round.ballot.max;
}
