import * as z from "zod/mini";
import { exact } from "./arithmetic.js";
import { compareWithGreedy, type EqualSharesComparison } from "./comparison.js";
import { type BudgetElection, prepareElection } from "./election.js";
import { greedyFill } from "./greedy.js";
import { floatElection, mesRunOnFloats } from "./mes-floats.js";
import { exactReferee } from "./mes-referee.js";
import type { MesRun, Satisfaction } from "./mes-run.js";
import { type BudgetOutcome, type BudgetRejection, type BudgetWinner, formatMoney } from "./outcome.js";
import { type TieBreaking, tieBreakingRanks } from "./tie-breaking.js";

/**
 * How Equal Shares spends what it leaves unspent:
 * - `none`: one run with budget B/n per voter;
 * - `add1`: runs with B/n, B/n + 1, B/n + 2, … per voter (one currency unit at a time) and keeps the first
 *   outcome that is exhaustive over the projects someone approves, or the last one within the budget
 *   when the next run overspends (pabutools' `voter_budget_increment=1`);
 * - `add1-until-overspend`: keeps raising until the next run would overspend (or every approved project
 *   is bought), and keeps the last outcome within the budget (what reproduces Wieliczka 2023);
 * - `…-greedy`: then adds, by number of votes, the projects that still fit.
 */
export const EqualSharesCompletion = z.enum([
  "none",
  "add1",
  "add1-greedy",
  "add1-until-overspend",
  "add1-until-overspend-greedy",
]);
export type EqualSharesCompletion = z.infer<typeof EqualSharesCompletion>;

/**
 * Where Add1 starts: `exact` — B/n per voter (pabutools); `integral` — floor(B/n) whole currency units
 * per voter (the equalshares.net tool's default).
 */
export const Add1Start = z.enum(["exact", "integral"]);
export type Add1Start = z.infer<typeof Add1Start>;

/**
 * Against which projects `add1` tests whether an outcome is exhaustive (nothing more fits): `approved` —
 * those someone approves, at a cost above 0 (pabutools); `all` — every project (the equalshares.net tool).
 */
export const Add1Exhaustive = z.enum(["approved", "all"]);
export type Add1Exhaustive = z.infer<typeof Add1Exhaustive>;

export interface EqualSharesOptions {
  /** `cost` (default; a supporter's satisfaction is the project's cost, as equalshares.net) or `approval`. */
  satisfaction?: Satisfaction;
  completion?: EqualSharesCompletion;
  tieBreaking?: TieBreaking;
  /** Default `exact`. */
  add1Start?: Add1Start;
  /** Default `approved`. */
  add1Exhaustive?: Add1Exhaustive;
  /** Default `none`; `popularity` returns greedy's outcome if more voters prefer it (`compareWithGreedy`). */
  comparison?: EqualSharesComparison;
}

/**
 * The Method of Equal Shares, as pabutools defines it, with an optional Add1 completion. Every project a
 * ballot lists counts as approved (points and ranks are not used). Computed on floats; a decision that
 * rests on a near tie is taken in exact arithmetic (`exactReferee`), so the outcome is the exact one.
 *
 * @example
 * const outcome = equalShares(electionFromPabulib(parsePabulib(text)), { completion: "add1" });
 * outcome.selected; // ["c5", "c1", …]
 * outcome.winners[0]; // { id: "c5", pricePerSupporter: 312.5, supportersPayingInFull: 640, … }
 */
export function equalShares(election: BudgetElection, options: EqualSharesOptions = {}): BudgetOutcome {
  const { satisfaction = "cost", completion = "none", tieBreaking = "id" } = options;
  const { add1Start = "exact", add1Exhaustive = "approved" } = options;
  const prepared = prepareElection(election);
  const ranks = tieBreakingRanks(prepared, tieBreaking);
  const eligible = prepared.ids
    .map((_, p) => p)
    .filter((p) => prepared.votes[p]! > 0 && prepared.costs[p]! > 0n);
  const { budget, costs, voters, scale } = prepared;
  const onFloats = floatElection(prepared);
  const n = BigInt(Math.max(voters, 1));
  const start =
    completion !== "none" && add1Start === "integral" ? (budget / (n * scale)) * n * scale : budget;
  // Each voter holds (start + step·n·scale)/n: in floats for the run, exactly for its referee.
  const runAt = (step: number): MesRun<number> => {
    const total = start + BigInt(step) * BigInt(voters) * scale;
    const referee = exactReferee(
      prepared,
      exact.div(exact.of(total), exact.of(BigInt(voters))),
      satisfaction,
      ranks,
    );
    return mesRunOnFloats(onFloats, Number(total) / voters, satisfaction, referee);
  };
  const spent = (run: MesRun<number>) => run.selected.reduce((sum, p) => sum + costs[p]!, 0n);
  let step = 0;
  let kept = runAt(0);
  if (completion !== "none" && voters > 0)
    for (;;) {
      const left = budget - spent(kept);
      const chosen = new Set(kept.selected);
      if (eligible.every((p) => chosen.has(p))) break;
      const candidates = add1Exhaustive === "all" ? prepared.ids.map((_, p) => p) : eligible;
      const open = candidates.filter((p) => !chosen.has(p));
      if (!completion.startsWith("add1-until") && open.every((p) => costs[p]! > left)) break;
      const next = runAt(step + 1);
      if (spent(next) > budget) break;
      kept = next;
      step++;
    }
  const money = (value: bigint | number) => Number(value) / Number(scale);
  const currency = election.currency;
  const winners: BudgetWinner[] = kept.selected.map((p, i) => ({
    id: prepared.ids[p]!,
    cost: money(costs[p]!),
    votes: prepared.votes[p]!,
    step: "equal-shares",
    pricePerSupporter: kept.prices[i]! / Number(scale),
    supportersPayingInFull: kept.payingInFull[i]!,
    supportersPayingAllTheyHad: kept.payingAllTheyHad[i]!,
  }));
  let left = budget - spent(kept);
  const completed = new Set(kept.selected);
  if (completion.endsWith("-greedy"))
    for (const p of greedyFill(prepared, ranks, completed, left).bought) {
      completed.add(p);
      left -= costs[p]!;
      winners.push({
        id: prepared.ids[p]!,
        cost: money(costs[p]!),
        votes: prepared.votes[p]!,
        step: "greedy-completion",
        budgetLeft: money(left),
      });
    }
  const rejected: BudgetRejection[] = [];
  prepared.ids.forEach((id, p) => {
    if (completed.has(p)) return;
    const base = { id, cost: money(costs[p]!), votes: prepared.votes[p]! };
    const cost = formatMoney(base.cost, currency);
    if (prepared.votes[p] === 0)
      rejected.push({ ...base, reason: "no-supporters", message: "no ballot lists it" });
    else if (costs[p] === 0n)
      rejected.push({
        ...base,
        reason: "no-supporters",
        message:
          "it costs nothing, so under cost satisfaction it satisfies no one (pabutools never selects it)",
      });
    else if (completion.endsWith("-greedy"))
      rejected.push({
        ...base,
        reason: "does-not-fit",
        message: `its cost ${cost} is more than the ${formatMoney(money(left), currency)} left after the greedy completion`,
      });
    else {
      const held = prepared.supporters[p]!.reduce(
        (sum, g) => sum + prepared.groups[g]!.count * kept.budgets[g]!,
        0,
      );
      rejected.push({
        ...base,
        reason: "supporters-cannot-afford",
        message: `its supporters' remaining budget ${formatMoney(held / Number(scale), currency)} < cost ${cost}`,
      });
    }
  });
  const outcome: BudgetOutcome = {
    rule: "equalShares",
    selected: winners.map((w) => w.id),
    budget: money(budget),
    totalCost: money(budget - left),
    perVoterBudget: voters > 0 ? (Number(start) / voters + step * Number(scale)) / Number(scale) : 0,
    winners,
    rejected,
  };
  return options.comparison === "popularity" ? compareWithGreedy(election, outcome, tieBreaking) : outcome;
}
