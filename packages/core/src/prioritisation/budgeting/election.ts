import * as z from "zod/mini";
import type { PabulibInstance } from "./pabulib.js";
import { parsePabulibNumber } from "./pabulib.js";

/**
 * A participatory-budgeting election, as the rules take it: the budget, the projects with their costs
 * (in currency units, decimals allowed) and each voter's ballot as the ids of the projects it lists.
 * Every listed project counts as approved, whatever the ballot type: points and ranks are not used
 * (as pabutools' `Cost_Sat` and `Cardinality_Sat` read cumulative, scoring and ordinal ballots).
 */
export const BudgetElection = z.object({
  budget: z.number().check(z.nonnegative()),
  currency: z.optional(z.string()),
  projects: z.array(
    z.object({ id: z.string().check(z.minLength(1)), cost: z.number().check(z.nonnegative()) }),
  ),
  ballots: z.array(z.array(z.string())),
});
export type BudgetElection = z.infer<typeof BudgetElection>;

/**
 * The election a Pabulib instance describes.
 *
 * @example
 * const outcome = equalShares(electionFromPabulib(parsePabulib(text)));
 */
export function electionFromPabulib(instance: PabulibInstance): BudgetElection {
  return {
    budget: parsePabulibNumber(instance.meta.budget ?? "") ?? 0,
    currency: instance.meta.currency,
    projects: instance.projects.map(({ id, cost }) => ({ id, cost })),
    ballots: instance.votes.map((vote) => vote.vote),
  };
}

/**
 * The election in the form the rules compute on: projects by index, money as exact integers (costs and
 * budget scaled by a common power of ten when they have decimals), identical ballots grouped.
 */
export interface PreparedElection {
  ids: string[];
  /** Costs and budget in units of 1/scale of the currency. */
  costs: bigint[];
  budget: bigint;
  scale: bigint;
  /** Number of voters, empty ballots included. */
  voters: number;
  /** Approvals of each project. */
  votes: number[];
  /** Distinct ballots: the projects each approves, and how many voters cast it. */
  groups: { projects: number[]; count: number }[];
  /** For each project, the groups that approve it. */
  supporters: number[][];
}

export function prepareElection(election: BudgetElection): PreparedElection {
  const ids = election.projects.map((p) => p.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const decimals = Math.max(
    decimalPlaces(election.budget),
    ...election.projects.map((p) => decimalPlaces(p.cost)),
  );
  const scale = 10n ** BigInt(decimals);
  const byKey = new Map<string, { projects: number[]; count: number }>();
  for (const ballot of election.ballots) {
    const projects = [...new Set(ballot.map((id) => index.get(id)))]
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b);
    const key = projects.join(",");
    const group = byKey.get(key);
    if (group) group.count++;
    else byKey.set(key, { projects, count: 1 });
  }
  const groups = [...byKey.values()];
  const votes = ids.map(() => 0);
  const supporters: number[][] = ids.map(() => []);
  groups.forEach((group, g) => {
    for (const p of group.projects) {
      votes[p]! += group.count;
      supporters[p]!.push(g);
    }
  });
  return {
    ids,
    costs: election.projects.map((p) => scaled(p.cost, decimals)),
    budget: scaled(election.budget, decimals),
    scale,
    voters: election.ballots.length,
    votes,
    groups,
    supporters,
  };
}

function decimalPlaces(value: number): number {
  const [, fraction = ""] = exactDecimal(value).split(".");
  return fraction.length;
}

function scaled(value: number, decimals: number): bigint {
  const [whole, fraction = ""] = exactDecimal(value).split(".");
  return BigInt(whole! + fraction.padEnd(decimals, "0"));
}

/** The shortest decimal that reads back as `value`, without exponent (`1e21` → `1000000000000000000000`). */
function exactDecimal(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString();
  const text = String(value);
  if (text.includes("e")) throw new RangeError(`cannot use ${text} as an amount of money`);
  return text;
}
