import { ValidationError } from "../../store/errors.js";
import { electionFromPabulib } from "../budgeting/election.js";
import { equalShares } from "../budgeting/equal-shares.js";
import { greedy } from "../budgeting/greedy.js";
import type { BudgetOutcome } from "../budgeting/outcome.js";
import type { PabulibInstance } from "../budgeting/pabulib.js";
import { sequentialPhragmen } from "../budgeting/phragmen.js";
import type { Ballot } from "./ballot.js";
import type { BudgetRound, BudgetRule } from "./round.js";

/** Pabulib's `rule` for ours: `equalshares/add1` and the like for Equal Shares with a completion. */
function pabulibRule({ rule, completion = "none" }: BudgetRule): string {
  if (rule === "greedy") return "greedy";
  if (rule === "sequential-phragmen") return "phragmen";
  return completion === "none" ? "equalshares" : `equalshares/${completion}`;
}

/** Grosze to the currency unit as Pabulib writes it: `1234.5` (no grouping, a decimal point). */
function units(minor: number): number {
  return minor / 100;
}

/**
 * The stored ballots of a budget vote as a Pabulib instance (approval votes; money in the currency's
 * unit, not grosze), to write with `writePabulib`. Voters are the ballots' ids; `votes` counts each
 * candidate's ballots; `titles` (project id → name) fills the `name` column. Throws a ValidationError
 * for a ballot of another round.
 *
 * @example
 * await writeFile("glosowanie.pb", writePabulib(ballotsToPabulib(round, ballots, { titles })));
 */
export function ballotsToPabulib(
  round: BudgetRound,
  ballots: readonly Ballot[],
  options: { titles?: Readonly<Record<string, string>> } = {},
): PabulibInstance {
  checkRound(round, ballots);
  const votes = new Map(round.candidates.map((c) => [c.projectId, 0]));
  for (const ballot of ballots)
    for (const id of ballot.projectIds) if (votes.has(id)) votes.set(id, votes.get(id)! + 1);
  const limit: Record<string, string> =
    round.ballot.limit === "budget"
      ? { max_sum_cost: String(units(round.budget)) }
      : { max_length: String(round.ballot.max) };
  const titles = options.titles;
  return {
    meta: {
      description: round.title.pl,
      country: "Poland",
      unit: round.partnershipId,
      instance: round.id,
      num_projects: String(round.candidates.length),
      num_votes: String(ballots.length),
      budget: String(units(round.budget)),
      vote_type: "approval",
      rule: pabulibRule(round.rule),
      currency: round.currency,
      ...limit,
    },
    projectColumns: titles ? ["project_id", "cost", "votes", "name"] : ["project_id", "cost", "votes"],
    voteColumns: ["voter_id", "vote"],
    projects: round.candidates.map((c) => ({
      id: c.projectId,
      cost: units(c.cost),
      fields: {
        votes: String(votes.get(c.projectId)),
        ...(titles?.[c.projectId] ? { name: titles[c.projectId]! } : {}),
      },
    })),
    votes: ballots.map((ballot) => ({ voterId: ballot.id, vote: [...ballot.projectIds], fields: {} })),
  };
}

/**
 * Counts a budget vote with the round's rule (greedy, Equal Shares or sequential Phragmén, with its
 * completion, tie-breaking and comparison step): the selected projects in selection order, each winner's payment and
 * why each other project was not selected. Money in the currency's unit.
 *
 * @example
 * countBallots(round, ballots).selected; // ["swietlica-klukowo", "sciezka-rowerowa"]
 */
export function countBallots(round: BudgetRound, ballots: readonly Ballot[]): BudgetOutcome {
  const election = electionFromPabulib(ballotsToPabulib(round, ballots));
  const { rule, completion, tieBreaking, comparison } = round.rule;
  if (rule === "greedy") return greedy(election, { tieBreaking });
  if (rule === "sequential-phragmen") return sequentialPhragmen(election, { tieBreaking });
  return equalShares(election, { completion, tieBreaking, comparison });
}

function checkRound(round: BudgetRound, ballots: readonly Ballot[]): void {
  const issues = ballots.flatMap((ballot, i) =>
    ballot.roundId === round.id
      ? []
      : [{ path: `ballots.${i}.roundId`, message: `is ${ballot.roundId}, not ${round.id}` }],
  );
  if (issues.length > 0) throw new ValidationError(issues);
}
