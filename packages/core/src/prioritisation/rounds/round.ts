import * as z from "zod/mini";
import { ParticipationLayers } from "../../participation/layers.js";
import { Currency, DocumentId, Instant, LocalisedText, Version } from "../../schema/common.js";
import { EqualSharesComparison } from "../budgeting/comparison.js";
import { EqualSharesCompletion } from "../budgeting/equal-shares.js";
import { TieBreaking } from "../budgeting/tie-breaking.js";
import { Criteria } from "../mcda/criteria.js";
import { pairwiseMatrixIssues } from "../mcda/pairwise-matrix.js";
import { roundStatuses } from "../vocabulary.js";

/** A round takes assessments or ballots only while `open`, and never after `closesAt`. */
export const RoundStatus = z.enum(roundStatuses);
export type RoundStatus = z.infer<typeof RoundStatus>;

const roundBase = {
  id: DocumentId,
  partnershipId: DocumentId,
  version: z.optional(Version),
  title: LocalisedText,
  description: z.optional(LocalisedText),
  status: RoundStatus,
  closesAt: z.optional(Instant),
  /** Demonstration data: shown with a "sample" mark. */
  sample: z.optional(z.boolean()),
};

/** A list of distinct ids, for the projects a round is about. */
function distinctIds<T>(idOf: (item: T) => string) {
  return z.superRefine<T[]>((items, ctx) => {
    items.forEach((item, i) => {
      if (items.findIndex((other) => idOf(other) === idOf(item)) < i)
        ctx.issues.push({ code: "custom", message: `${idOf(item)} is listed twice`, path: [i], input: item });
    });
  });
}

/**
 * An assessment round (runda oceny): assessors score the listed projects on the criteria, each assessor
 * once per project, revising until the round closes; the scores are combined by mean or median.
 */
export const AssessmentRound = z
  .object({
    ...roundBase,
    type: z.literal("assessment"),
    criteria: Criteria,
    aggregation: z.enum(["mean", "median"]),
    /** AHP judgements on the criteria, in their order: weights then come from `ahpWeights` (optional). */
    pairwise: z.optional(z.array(z.array(z.number()))),
    projectIds: z.array(DocumentId).check(
      z.minLength(1, "a round assesses at least one project"),
      z.maxLength(500),
      distinctIds((id) => id),
    ),
  })
  .check(
    z.superRefine((round, ctx) => {
      if (!round.pairwise) return;
      const issues =
        round.pairwise.length === round.criteria.length
          ? pairwiseMatrixIssues(round.pairwise, "pairwise")
          : [{ path: "pairwise", message: `must have ${round.criteria.length} rows, one per criterion` }];
      for (const issue of issues)
        ctx.issues.push({
          code: "custom",
          message: issue.message,
          path: issue.path.split("."),
          input: round.pairwise,
        });
    }),
  );
export type AssessmentRound = z.infer<typeof AssessmentRound>;

/** What a ballot may hold: projects costing at most the budget in total, or at most `max` projects. */
export const BallotLimit = z.discriminatedUnion("limit", [
  z.object({ limit: z.literal("budget") }),
  z.object({ limit: z.literal("count"), max: z.int().check(z.gte(1, "must be 1 or more")) }),
]);
export type BallotLimit = z.infer<typeof BallotLimit>;

/** The rule that turns ballots into the selected projects, with its options (see the budgeting module). */
export const BudgetRule = z.object({
  rule: z.enum(["greedy", "equal-shares", "sequential-phragmen"]),
  completion: z.optional(EqualSharesCompletion),
  tieBreaking: z.optional(TieBreaking),
  /** Equal Shares: `popularity` keeps greedy's outcome when more voters prefer it (as Wieliczka did). */
  comparison: z.optional(EqualSharesComparison),
});
export type BudgetRule = z.infer<typeof BudgetRule>;

/** A project on a budget round's ballot, with its cost in the round's currency (minor units, grosze). */
export const BudgetCandidate = z.object({
  projectId: DocumentId,
  cost: z.int().check(z.gte(0, "cannot be negative"), z.lte(Number.MAX_SAFE_INTEGER, "is too large")),
});
export type BudgetCandidate = z.infer<typeof BudgetCandidate>;

/**
 * A budget vote (głosowanie budżetowe): residents choose among the candidates, within the ballot's
 * limit; the rule selects what the budget buys. Costs are fixed here when the vote opens, so a ballot
 * is checked against what voters saw.
 */
export const BudgetRound = z.object({
  ...roundBase,
  type: z.literal("budget"),
  /** In the currency's minor unit (grosze). */
  budget: z.int().check(z.gte(1, "must be more than 0"), z.lte(Number.MAX_SAFE_INTEGER, "is too large")),
  currency: Currency,
  ballot: BallotLimit,
  rule: BudgetRule,
  candidates: z.array(BudgetCandidate).check(
    z.minLength(1, "a vote has at least one candidate"),
    z.maxLength(500),
    distinctIds((candidate) => candidate.projectId),
  ),
  /** One ballot per person: invitation codes, a device marker, kiosk mode (as surveys have them). */
  ...ParticipationLayers,
});
export type BudgetRound = z.infer<typeof BudgetRound>;

/** A round of choosing projects: experts' assessment or residents' budget vote. */
export const Round = z.discriminatedUnion("type", [AssessmentRound, BudgetRound]);
export type Round = z.infer<typeof Round>;

/**
 * Why a round takes no submission now (`now`: the store's clock, not the client's): it is not open, or
 * past its closing time; undefined while it is open.
 *
 * @example
 * roundClosedReason({ ...round, status: "closed" }, new Date()); // "round ocena-2026 is closed"
 */
export function roundClosedReason(round: Round, now: Date): string | undefined {
  if (round.status !== "open") return `round ${round.id} is ${round.status}`;
  if (round.closesAt !== undefined && now.getTime() > Date.parse(round.closesAt))
    return `round ${round.id} closed at ${round.closesAt}`;
  return undefined;
}
