import { floats, NearTie } from "./arithmetic.js";
import type { PreparedElection } from "./election.js";
import type { Referee } from "./mes-referee.js";
import type { MesRun, Satisfaction } from "./mes-run.js";

/**
 * An election laid out for Equal Shares on floats: costs, votes and group sizes in typed arrays, and each
 * project's supporting groups in one flat array (`supporters[supportersStart[p] … supportersStart[p+1]]`).
 * Built once and shared by every run of an Add1 completion, with the scratch space a run needs (each run
 * is synchronous and starts by overwriting it, so allocating it once spares the garbage collector).
 */
export interface FloatElection {
  costs: Float64Array;
  votes: Float64Array;
  counts: Float64Array;
  supportersStart: Int32Array;
  supporters: Int32Array;
  scratch: { supporters: Int32Array; supportersEnd: Int32Array; broke: Float64Array; candidate: Int32Array };
}

export function floatElection(prepared: PreparedElection): FloatElection {
  const supportersStart = new Int32Array(prepared.ids.length + 1);
  prepared.supporters.forEach((groups, p) => {
    supportersStart[p + 1] = supportersStart[p]! + groups.length;
  });
  const supporters = Int32Array.from(prepared.supporters.flat());
  return {
    costs: Float64Array.from(prepared.costs, Number),
    votes: Float64Array.from(prepared.votes),
    counts: Float64Array.from(prepared.groups, (group) => group.count),
    supportersStart,
    supporters,
    scratch: {
      supporters: new Int32Array(supporters.length),
      supportersEnd: new Int32Array(prepared.ids.length),
      broke: new Float64Array(prepared.ids.length),
      candidate: new Int32Array(prepared.groups.length),
    },
  };
}

/**
 * `mesRun` on floats, written out on typed arrays: the same rounds and the same lazy re-evaluation, about
 * eight times faster than the generic run on Mokotów, which is what lets Add1 afford hundreds of runs. A decision
 * floats cannot take reliably (a cost and what its supporters hold, or the lowest prices, within
 * `floats.near`) goes to the exact referee, or throws NearTie without one. Ties are broken by the referee.
 */
export function mesRunOnFloats(
  election: FloatElection,
  perVoter: number,
  satisfaction: Satisfaction,
  referee?: Referee,
): MesRun<number> {
  const { costs, votes, counts, supportersStart } = election;
  const budgets = new Float64Array(counts.length).fill(perVoter);
  // A supporter left with nothing pays nothing and caps every price: when a project is priced, her group
  // leaves its list (which keeps its order) and only her count stays, in `broke`.
  const { supporters, supportersEnd, broke, candidate } = election.scratch;
  supporters.set(election.supporters);
  supportersEnd.set(supportersStart.subarray(1));
  broke.fill(0);
  const run: MesRun<number> = {
    selected: [],
    prices: [],
    payingInFull: [],
    payingAllTheyHad: [],
    budgets,
  };
  const key = (p: number, price: number) => (satisfaction === "cost" ? price / costs[p]! : price);
  const previousKey = new Float64Array(costs.length);
  const prices = new Float64Array(costs.length);
  const cappedOf = new Float64Array(costs.length);
  let remaining: number[] = [];
  for (let p = 0; p < costs.length; p++) {
    if (votes[p] === 0) continue;
    if (costs[p]! > 0) {
      remaining.push(p);
      previousKey[p] = key(p, costs[p]! / votes[p]!);
    } else if (satisfaction === "approval") record(p, 0, 0, votes[p]!);
  }

  for (;;) {
    sortByKey(remaining, previousKey);
    let best = -1;
    let bestKey = 0;
    const kept: number[] = [];
    const priced: number[] = [];
    for (let i = 0; i < remaining.length; i++) {
      const p = remaining[i]!;
      if (best >= 0 && previousKey[p]! > bestKey && !floats.near(previousKey[p]!, bestKey)) {
        for (let j = i; j < remaining.length; j++) kept.push(remaining[j]!);
        break;
      }
      const cost = costs[p]!;
      const start = supportersStart[p]!;
      // One pass drops the broke, sums what the others hold, takes the first step of the price (who
      // cannot pay cost/votes) and lists as candidates those who can but hold less than twice that: unless
      // the price doubles, only they can join the ones paying all they have.
      let price = cost / votes[p]!;
      let limit = 2 * price;
      let held = 0;
      let capped = 0;
      let theirs = 0;
      let end = start;
      let candidates = 0;
      let nowBroke = 0;
      for (let s = start, last = supportersEnd[p]!; s < last; s++) {
        const g = supporters[s]!;
        const b = budgets[g]!;
        if (b === 0) {
          nowBroke += counts[g]!;
          continue;
        }
        supporters[end++] = g;
        held += counts[g]! * b;
        if (b < price) {
          capped += counts[g]!;
          theirs += counts[g]! * b;
        } else if (b < limit) candidate[candidates++] = g;
      }
      supportersEnd[p] = end;
      broke[p] = broke[p]! + nowBroke;
      capped += broke[p]!;
      if (floats.near(held, cost)) {
        if (!referee) throw new NearTie();
        const share = referee.share(p, run.selected);
        if (!share) continue;
        price = share.price;
        capped = share.capped;
      } else if (held < cost) continue;
      else {
        // The smallest equal share q with Σ min(budget, q) = cost: those who cannot pay the current share
        // pay all they have and the others split the rest, until no one else falls short (a few steps).
        // Candidates who fall short move to the front and are not looked at again.
        let settled = 0;
        for (let previousCapped = 0; capped !== previousCapped; ) {
          previousCapped = capped;
          price = (cost - theirs) / (votes[p]! - capped);
          if (price >= limit) {
            for (let s = start; s < end; s++)
              if (budgets[supporters[s]!]! >= limit) candidate[candidates++] = supporters[s]!;
            limit = Number.POSITIVE_INFINITY;
          }
          for (let c = settled; c < candidates; c++) {
            const g = candidate[c]!;
            const b = budgets[g]!;
            if (b < price) {
              capped += counts[g]!;
              theirs += counts[g]! * b;
              candidate[c] = candidate[settled]!;
              candidate[settled++] = g;
            }
          }
        }
      }
      kept.push(p);
      priced.push(p);
      prices[p] = price;
      cappedOf[p] = capped;
      const k = key(p, price);
      previousKey[p] = k;
      if (best < 0 || k < bestKey) {
        best = p;
        bestKey = k;
      }
    }
    if (best < 0) return run;
    // Any project priced this round whose key is not clearly above the lowest may be the cheapest.
    const contenders = priced.filter(
      (p) => previousKey[p]! <= bestKey || floats.near(previousKey[p]!, bestKey),
    );
    if (contenders.length > 1) {
      if (!referee) throw new NearTie();
      best = referee.cheapest(contenders, run.selected);
    }
    const winner = best;
    remaining = kept.filter((p) => p !== winner);
    const price = prices[winner]!;
    record(winner, price, votes[winner]! - cappedOf[winner]!, cappedOf[winner]!);
    for (let s = supportersStart[winner]!, last = supportersEnd[winner]!; s < last; s++) {
      const g = supporters[s]!;
      budgets[g] = budgets[g]! < price ? 0 : budgets[g]! - price;
    }
  }

  function record(p: number, price: number, inFull: number, allTheyHad: number): void {
    run.selected.push(p);
    run.prices.push(price);
    run.payingInFull.push(inFull);
    run.payingAllTheyHad.push(allTheyHad);
  }
}

/**
 * Sorts projects by key, stably. Only the keys of last round's priced projects move, so the list is nearly
 * in order: insertion sort takes a few steps per project where Array.sort called back per comparison.
 */
function sortByKey(projects: number[], keys: Float64Array): void {
  for (let i = 1; i < projects.length; i++) {
    const p = projects[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[projects[j]!]! > keys[p]!; j--) projects[j + 1] = projects[j]!;
    projects[j + 1] = p;
  }
}
