import { exact, type Rational } from "./arithmetic.js";
import type { PreparedElection } from "./election.js";
import type { Satisfaction } from "./mes-run.js";

/**
 * Takes, in exact arithmetic, the decisions a float run of Equal Shares cannot take reliably. Each call
 * passes the projects the float run has bought so far: those purchases were decided with a clear margin
 * (or by the referee), so they are the exact run's too, and the referee replays the ones it has not seen
 * yet on exact budgets (one price per purchase, no comparisons) before deciding.
 */
export interface Referee {
  /** Project p's exact equal share and how many supporters pay all they have; undefined if they cannot afford it. */
  share(p: number, bought: readonly number[]): { price: number; capped: number } | undefined;
  /** Of projects whose float prices are too close to order, the one exact arithmetic buys (ties by rank). */
  cheapest(contenders: readonly number[], bought: readonly number[]): number;
}

/**
 * Budgets are integers over one common denominator (`held[g] / denominator` per voter of group g), so
 * sums and comparisons are BigInt additions and multiplications by small integers, without the gcd a
 * rational takes at every step: on Warszawa 2021 Mokotów, replaying a whole run this way takes well
 * under a second, where rationals took about 7 s.
 */
export function exactReferee(
  election: PreparedElection,
  perVoter: Rational,
  satisfaction: Satisfaction,
  ranks: readonly number[],
): Referee {
  const { costs, votes, groups, supporters } = election;
  let denominator = perVoter.d;
  // Created on the first question: most runs never ask one.
  let counts: bigint[] = [];
  let held: bigint[] = [];
  let replayed = -1;

  /** The equal share of p as numerator / (denominator · payers), or undefined if p is unaffordable. */
  const shareOf = (p: number) => {
    const cost = costs[p]! * denominator;
    let total = 0n;
    for (const g of supporters[p]!) total += counts[g]! * held[g]!;
    if (total < cost) return undefined;
    let capped = 0;
    let numerator = cost;
    let payers = BigInt(votes[p]!);
    for (;;) {
      let cappedNow = 0;
      let theirs = 0n;
      for (const g of supporters[p]!)
        if (held[g]! * payers < numerator) {
          cappedNow += groups[g]!.count;
          theirs += counts[g]! * held[g]!;
        }
      if (cappedNow === capped) return { numerator, payers, capped };
      capped = cappedNow;
      numerator = cost - theirs;
      payers = BigInt(votes[p]! - capped);
    }
  };

  const catchUp = (bought: readonly number[]) => {
    if (replayed < 0) {
      counts = groups.map((group) => BigInt(group.count));
      held = groups.map(() => perVoter.n);
      replayed = 0;
    }
    for (; replayed < bought.length; replayed++) {
      const p = bought[replayed]!;
      if (costs[p] === 0n) continue;
      const { numerator, payers } = shareOf(p)!;
      // The price has denominator · payers: every budget moves to that denominator.
      denominator *= payers;
      held = held.map((h) => h * payers);
      for (const g of supporters[p]!) held[g] = held[g]! < numerator ? 0n : held[g]! - numerator;
    }
  };

  return {
    share(p, bought) {
      catchUp(bought);
      const share = shareOf(p);
      if (!share) return undefined;
      const price = { n: share.numerator, d: denominator * share.payers };
      return { price: exact.toNumber(price), capped: share.capped };
    },
    cheapest(contenders, bought) {
      catchUp(bought);
      // Keys over the common denominator: numerator / (payers · cost) or numerator / payers.
      const keyed = contenders.map((p) => {
        const { numerator, payers } = shareOf(p)!;
        return { p, n: numerator, d: satisfaction === "cost" ? payers * costs[p]! : payers };
      });
      keyed.sort((x, y) => {
        const difference = x.n * y.d - y.n * x.d;
        return difference < 0n ? -1 : difference > 0n ? 1 : ranks[x.p]! - ranks[y.p]!;
      });
      return keyed[0]!.p;
    },
  };
}
