import { type Arithmetic, NearTie } from "./arithmetic.js";
import type { PreparedElection } from "./election.js";

/** Satisfaction a supporter gets from a project: its cost, or 1 (pabutools' Cost_Sat, Cardinality_Sat). */
export type Satisfaction = "cost" | "approval";

/** One run of the Method of Equal Shares with a given budget per voter. */
export interface MesRun<T> {
  /** Project indices in selection order. */
  selected: number[];
  /** For each selected project: what each supporter who could afford it paid, and how many did. */
  prices: T[];
  payingInFull: number[];
  payingAllTheyHad: number[];
  /** What each group of identical ballots has left (per voter) at the end. */
  budgets: ArrayLike<T>;
}

/**
 * Runs Equal Shares once, as pabutools' `method_of_equal_shares` does for approval ballots: every voter
 * starts with `perVoter`; each round buys the project whose supporters can pay for it at the lowest
 * price per unit of satisfaction, each supporter paying an equal share or, if that is more than she has,
 * all she has left. A project whose supporters hold less than its cost is dropped for good.
 *
 * Prices are re-evaluated lazily in order of their previous value (a price never falls). On floats a
 * near tie — between two prices, or between a project's cost and what its supporters hold — throws
 * NearTie, so the caller can rerun exactly.
 */
export function mesRun<T>(
  election: PreparedElection,
  arithmetic: Arithmetic<T>,
  perVoter: T,
  satisfaction: Satisfaction,
  ranks: readonly number[],
): MesRun<T> {
  const { costs, votes, groups, supporters } = election;
  const a = arithmetic;
  const zero = a.of(0n);
  const counts = groups.map((group) => a.of(BigInt(group.count)));
  const cost = costs.map((c) => a.of(c));
  const budgets = groups.map(() => perVoter);
  const run: MesRun<T> = { selected: [], prices: [], payingInFull: [], payingAllTheyHad: [], budgets };
  const eligible = costs.map((_, p) => p).filter((p) => votes[p]! > 0);
  for (const p of eligible) if (costs[p] === 0n && satisfaction === "approval") buy(p, zero, 0, votes[p]!, 0);
  let remaining = eligible.filter((p) => costs[p]! > 0n);
  const previousKey: T[] = [];
  for (const p of remaining) previousKey[p] = key(p, a.div(cost[p]!, a.of(BigInt(votes[p]!))));

  for (;;) {
    remaining.sort((x, y) => a.compare(previousKey[x]!, previousKey[y]!));
    let best: { project: number; key: T; price: T; capped: number } | undefined;
    let ambiguous = false;
    const kept: number[] = [];
    for (let i = 0; i < remaining.length; i++) {
      const p = remaining[i]!;
      if (best && a.compare(previousKey[p]!, best.key) > 0 && !a.near(previousKey[p]!, best.key)) {
        kept.push(...remaining.slice(i));
        break;
      }
      let held = zero;
      for (const g of supporters[p]!) held = a.add(held, a.mul(counts[g]!, budgets[g]!));
      if (a.near(held, cost[p]!)) throw new NearTie();
      if (a.compare(held, cost[p]!) < 0) continue;
      kept.push(p);
      const { price, capped } = priceOf(p);
      const k = key(p, price);
      previousKey[p] = k;
      if (!best || (a.compare(k, best.key) < 0 && !a.near(k, best.key))) {
        best = { project: p, key: k, price, capped };
        ambiguous = false;
      } else if (a.near(k, best.key)) ambiguous = true;
      else if (a.compare(k, best.key) === 0 && ranks[p]! < ranks[best.project]!)
        best = { project: p, key: k, price, capped };
    }
    if (!best) return run;
    if (ambiguous) throw new NearTie();
    remaining = kept.filter((p) => p !== best.project);
    buy(best.project, best.price, votes[best.project]! - best.capped, best.capped, 1);
  }

  function key(p: number, price: T): T {
    return satisfaction === "cost" ? a.div(price, cost[p]!) : price;
  }

  // The smallest equal share q with Σ min(budget, q) = cost: supporters who hold less than q pay all
  // they have, the others split the rest. Growing the set of those who pay all converges in a few passes.
  function priceOf(p: number): { price: T; capped: number } {
    let price = a.div(cost[p]!, a.of(BigInt(votes[p]!)));
    let capped = 0;
    for (;;) {
      let cappedNow = 0;
      let theirs = zero;
      for (const g of supporters[p]!)
        if (a.compare(budgets[g]!, price) < 0) {
          cappedNow += groups[g]!.count;
          theirs = a.add(theirs, a.mul(counts[g]!, budgets[g]!));
        }
      if (cappedNow === capped) return { price, capped };
      capped = cappedNow;
      price = a.div(a.sub(cost[p]!, theirs), a.of(BigInt(votes[p]! - capped)));
    }
  }

  function buy(p: number, price: T, inFull: number, allTheyHad: number, charge: 0 | 1): void {
    run.selected.push(p);
    run.prices.push(price);
    run.payingInFull.push(inFull);
    run.payingAllTheyHad.push(allTheyHad);
    if (charge)
      for (const g of supporters[p]!)
        budgets[g] = a.compare(budgets[g]!, price) < 0 ? zero : a.sub(budgets[g]!, price);
  }
}
