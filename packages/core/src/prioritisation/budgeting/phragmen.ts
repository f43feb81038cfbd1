import { exact, floats, type Rational } from "./arithmetic.js";
import { type BudgetElection, prepareElection } from "./election.js";
import { type BudgetOutcome, type BudgetRejection, type BudgetWinner, formatMoney } from "./outcome.js";
import { type TieBreaking, tieBreakingRanks } from "./tie-breaking.js";

/**
 * Sequential Phragmén, as pabutools' `sequential_phragmen`: voters earn money continuously from 0; the
 * first project whose supporters together hold its cost is bought and their loads become equal. Each
 * round the project with the smallest new load (supporters' loads + cost) / votes is bought; the rule
 * **stops** (does not skip) as soon as one of the tied smallest does not fit in what is left. Projects
 * costing more than the budget are never considered. Exact: floats only shortlist the projects within
 * 1e-9 of the smallest load, exact rationals compare those. Every listed project counts as approved.
 *
 * @example
 * sequentialPhragmen(electionFromPabulib(parsePabulib(text))).selected;
 */
export function sequentialPhragmen(
  election: BudgetElection,
  options: { tieBreaking?: TieBreaking } = {},
): BudgetOutcome {
  const prepared = prepareElection(election);
  const { ids, costs, votes, groups, supporters, budget, scale } = prepared;
  const ranks = tieBreakingRanks(prepared, options.tieBreaking ?? "id");
  const money = (value: bigint) => Number(value) / Number(scale);
  const format = (value: number) => formatMoney(value, election.currency);
  // Voters' loads take one value per purchase so far: each group points at one, and each project keeps
  // how many of its supporters carry each value, so a new load costs a few terms, not one per voter.
  const loads: Rational[] = [exact.of(0n)];
  const approximateLoads = [0];
  const loadOfGroup = groups.map(() => 0);
  const carrying = new Map<number, Map<number, number>>();
  for (const [p, cost] of costs.entries()) if (cost <= budget) carrying.set(p, new Map([[0, votes[p]!]]));
  let left = budget;
  const winners: BudgetWinner[] = [];
  let stop: { project: number; load: Rational | undefined } | undefined;
  while (carrying.size > 0) {
    // Floats find the few projects that may have the smallest load; exact rationals decide among them.
    const approximate = new Map([...carrying].map(([p, counts]) => [p, approximateLoad(p, counts)]));
    const smallest = Math.min(...approximate.values());
    let best: Rational | undefined;
    let tied: number[] = [];
    for (const [p, estimate] of approximate) {
      if (!(estimate === smallest || floats.near(estimate, smallest))) continue;
      const load = newLoad(p, carrying.get(p)!);
      const order = tied.length === 0 ? -1 : compare(load, best);
      if (order < 0) {
        best = load;
        tied = [p];
      } else if (order === 0) tied.push(p);
    }
    tied.sort((x, y) => ranks[x]! - ranks[y]!);
    const misfit = tied.find((p) => costs[p]! > left);
    if (misfit !== undefined) {
      stop = { project: misfit, load: best };
      break;
    }
    const chosen = tied[0]!;
    carrying.delete(chosen);
    left -= costs[chosen]!;
    if (best !== undefined) {
      loads.push(best);
      moveSupporters(chosen, approximateLoads.push(exact.toNumber(best)) - 1);
    }
    winners.push({
      id: ids[chosen]!,
      cost: money(costs[chosen]!),
      votes: votes[chosen]!,
      step: "phragmen",
      ...(best === undefined ? {} : { load: exact.toNumber(best) / Number(scale) }),
      budgetLeft: money(left),
    });
  }
  const chosen = new Set(winners.map((w) => w.id));
  const rejected: BudgetRejection[] = [];
  for (const [p, id] of ids.entries()) {
    if (chosen.has(id)) continue;
    const base = { id, cost: money(costs[p]!), votes: votes[p]! };
    if (costs[p]! > budget)
      rejected.push({
        ...base,
        reason: "over-budget",
        message: `its cost ${format(base.cost)} exceeds the whole budget`,
      });
    else if (stop?.project === p)
      rejected.push({
        ...base,
        reason: "phragmen-stopped",
        message: `its turn came but its cost ${format(base.cost)} is more than the ${format(money(left))} left, so Phragmén stopped`,
      });
    else
      rejected.push({
        ...base,
        reason: "phragmen-stopped",
        message: `Phragmén stopped before its turn, when project ${ids[stop!.project]} did not fit`,
      });
  }
  return {
    rule: "sequentialPhragmen",
    selected: winners.map((w) => w.id),
    budget: money(budget),
    totalCost: money(budget - left),
    winners,
    rejected,
  };

  /** (supporters' loads + cost) / votes, or undefined (infinite) for a project nobody approves. */
  function newLoad(p: number, counts: Map<number, number>): Rational | undefined {
    if (votes[p] === 0) return undefined;
    let total = exact.of(costs[p]!);
    for (const [load, count] of counts)
      if (count > 0) total = exact.add(total, exact.mul(loads[load]!, exact.of(BigInt(count))));
    return exact.div(total, exact.of(BigInt(votes[p]!)));
  }

  function approximateLoad(p: number, counts: Map<number, number>): number {
    if (votes[p] === 0) return Number.POSITIVE_INFINITY;
    let total = Number(costs[p]!);
    for (const [load, count] of counts) total += approximateLoads[load]! * count;
    return total / votes[p]!;
  }

  function moveSupporters(project: number, load: number): void {
    for (const g of supporters[project]!) {
      const { projects, count } = groups[g]!;
      for (const q of projects) {
        const counts = carrying.get(q);
        if (!counts) continue;
        counts.set(loadOfGroup[g]!, counts.get(loadOfGroup[g]!)! - count);
        counts.set(load, (counts.get(load) ?? 0) + count);
      }
      loadOfGroup[g] = load;
    }
  }
}

/** Orders loads, undefined (infinite) last. */
function compare(a: Rational | undefined, b: Rational | undefined): number {
  if (a === undefined) return b === undefined ? 0 : 1;
  if (b === undefined) return -1;
  return exact.compare(a, b);
}
