import type { BudgetElection, PreparedElection } from "./election.js";
import { prepareElection } from "./election.js";
import { type BudgetOutcome, type BudgetRejection, type BudgetWinner, formatMoney } from "./outcome.js";
import { type TieBreaking, tieBreakingRanks } from "./tie-breaking.js";

/**
 * The classic participatory-budgeting rule: projects by number of votes, most first, each bought if it
 * still fits in what is left, skipped otherwise (the loop goes on). This is pabutools'
 * `greedy_utilitarian_welfare` with `Cost_Sat` (satisfaction per unit of cost = number of votes); a
 * free project with votes comes first, as its ratio is infinite. Ties: `tieBreaking` (default `id`).
 *
 * @example
 * greedy(electionFromPabulib(parsePabulib(text))).selected; // ["1198", "2380", …]
 */
export function greedy(election: BudgetElection, options: { tieBreaking?: TieBreaking } = {}): BudgetOutcome {
  const prepared = prepareElection(election);
  const ranks = tieBreakingRanks(prepared, options.tieBreaking ?? "id");
  const money = (value: bigint) => Number(value) / Number(prepared.scale);
  let left = prepared.budget;
  const winners: BudgetWinner[] = [];
  const { bought, leftAtTurn } = greedyFill(prepared, ranks, new Set(), left);
  for (const p of bought) {
    left -= prepared.costs[p]!;
    winners.push({
      id: prepared.ids[p]!,
      cost: money(prepared.costs[p]!),
      votes: prepared.votes[p]!,
      step: "greedy",
      budgetLeft: money(left),
    });
  }
  const rejected: BudgetRejection[] = [...leftAtTurn].map(([p, leftThen]) => ({
    id: prepared.ids[p]!,
    cost: money(prepared.costs[p]!),
    votes: prepared.votes[p]!,
    reason: "does-not-fit",
    message: `its cost ${formatMoney(money(prepared.costs[p]!), election.currency)} is more than the ${formatMoney(money(leftThen), election.currency)} left when its turn came`,
  }));
  return {
    rule: "greedy",
    selected: winners.map((w) => w.id),
    budget: money(prepared.budget),
    totalCost: money(prepared.budget - left),
    winners,
    rejected,
  };
}

/**
 * Projects not yet chosen, by votes (most first, a free project with votes before all), bought while they
 * fit in `left`; for each one skipped, what was left when its turn came.
 */
export function greedyFill(
  prepared: PreparedElection,
  ranks: readonly number[],
  chosen: ReadonlySet<number>,
  left: bigint,
): { bought: number[]; leftAtTurn: Map<number, bigint> } {
  const { costs, votes } = prepared;
  const density = (p: number) => (votes[p]! > 0 && costs[p] === 0n ? Number.POSITIVE_INFINITY : votes[p]!);
  const order = costs
    .map((_, p) => p)
    .filter((p) => !chosen.has(p))
    .sort((a, b) => Math.sign(density(b) - density(a) || 0) || ranks[a]! - ranks[b]!);
  const bought: number[] = [];
  const leftAtTurn = new Map<number, bigint>();
  for (const p of order)
    if (costs[p]! <= left) {
      bought.push(p);
      left -= costs[p]!;
    } else leftAtTurn.set(p, left);
  return { bought, leftAtTurn };
}
