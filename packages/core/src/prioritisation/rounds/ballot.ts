import * as z from "zod/mini";
import { codeDigest, submissionIdForCode } from "../../participation/invitation-codes.js";
import { InvitationCode } from "../../participation/layers.js";
import { DocumentId, Instant, SubmissionId } from "../../schema/common.js";
import { ForbiddenError, type Issue, ValidationError } from "../../store/errors.js";
import { formatMoney } from "../budgeting/outcome.js";
import { ballotCost } from "./ballot-limit.js";
import { type BudgetRound, type Round, roundClosedReason } from "./round.js";

/**
 * A resident's ballot in a budget vote (głos): the projects chosen, each at most once. Anonymous, like a
 * survey response: nothing identifies the voter.
 */
export const Ballot = z.object({
  id: SubmissionId,
  partnershipId: DocumentId,
  roundId: DocumentId,
  submittedAt: Instant,
  projectIds: z.array(DocumentId).check(z.minLength(1, "choose at least one project"), z.maxLength(500)),
  /** A single-use invitation code, for rounds that ask for one; its ballot id is `submissionIdForCode`. */
  code: z.optional(InvitationCode),
});
export type Ballot = z.infer<typeof Ballot>;

/**
 * Decides whether a store may accept a ballot: the round is an open budget vote, every project is a
 * candidate and chosen once, the choice keeps within the round's limit (the budget, or N projects), and a
 * round with invitation codes gets one of its codes, with the ballot id that code gives.
 * Throws ForbiddenError or ValidationError naming the field.
 *
 * @example
 * admitBallot(round, { ...ballot, projectIds: ["swietlica", "sciezka"] }, new Date());
 */
export function admitBallot(round: Round, ballot: Ballot, now: Date = new Date()): void {
  if (round.type !== "budget")
    throw new ValidationError([
      { path: "roundId", message: `round ${round.id} is an assessment, not a vote` },
    ]);
  const closed = roundClosedReason(round, now);
  if (closed) throw new ForbiddenError(`${closed} and takes no ballots`);
  const badCode = ballotCodeProblem(round, ballot);
  if (badCode) throw new ValidationError([{ path: "code", message: badCode }]);
  const issues: Issue[] = [];
  ballot.projectIds.forEach((projectId, i) => {
    if (!round.candidates.some((c) => c.projectId === projectId))
      issues.push({ path: `projectIds.${i}`, message: `${projectId} is not on the ballot` });
    else if (ballot.projectIds.indexOf(projectId) < i)
      issues.push({ path: `projectIds.${i}`, message: `${projectId} is chosen twice` });
  });
  const total = ballotCost(round, ballot.projectIds);
  if (round.ballot.limit === "budget" && total > round.budget)
    issues.push({
      path: "projectIds",
      message: `cost ${formatMoney(total / 100, round.currency)} in total, more than the budget of ${formatMoney(round.budget / 100, round.currency)}`,
    });
  if (round.ballot.limit === "count" && ballot.projectIds.length > round.ballot.max)
    issues.push({ path: "projectIds", message: `must choose at most ${round.ballot.max} projects` });
  if (issues.length > 0) throw new ValidationError(issues);
}

/** What is wrong with a ballot's code in a round that asks for one (as `codeProblem` for surveys). */
function ballotCodeProblem(round: BudgetRound, ballot: Ballot): string | undefined {
  if (!round.invitationCodes) return undefined;
  if (ballot.code === undefined) return "this vote takes ballots with an invitation code only";
  if (!round.invitationCodes.digests.includes(codeDigest(round.id, ballot.code)))
    return "is not an invitation code of this vote";
  if (ballot.id !== submissionIdForCode(round.id, ballot.code))
    return "the ballot id must be the one its invitation code gives (submissionIdForCode)";
  return undefined;
}
