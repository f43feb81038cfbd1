import * as z from "zod/mini";
import { DocumentId, Instant, SubmissionId } from "../../schema/common.js";
import { ForbiddenError, type Issue, ValidationError } from "../../store/errors.js";
import { Assessment } from "../mcda/assessment.js";
import { type Round, roundClosedReason } from "./round.js";

/**
 * An assessment as submitted in a round (ocena w rundzie): append-only like every submission. An
 * assessor revises by submitting again; the latest by `submittedAt` counts (see `currentAssessments`).
 */
export const RoundAssessment = z.object({
  ...Assessment.shape,
  id: SubmissionId,
  partnershipId: DocumentId,
  roundId: DocumentId,
  submittedAt: Instant,
});
export type RoundAssessment = z.infer<typeof RoundAssessment>;

/** How far ahead of the store's clock a `submittedAt` may be: a revision dated later would win for ever. */
export const maxClockSkewMs = 5 * 60 * 1000;

/**
 * Decides whether a store may accept an assessment: the round is an open assessment round, the project
 * is one it assesses, every score is on a criterion of the round and within its scale, and
 * `submittedAt` is not ahead of `now` (beyond a few minutes of clock skew). Throws ForbiddenError or
 * ValidationError naming the field.
 *
 * @example
 * admitAssessment(round, assessment, new Date());
 */
export function admitAssessment(round: Round, assessment: RoundAssessment, now: Date = new Date()): void {
  if (round.type !== "assessment")
    throw new ValidationError([
      { path: "roundId", message: `round ${round.id} is a budget vote, not an assessment` },
    ]);
  const closed = roundClosedReason(round, now);
  if (closed) throw new ForbiddenError(`${closed} and takes no assessments`);
  const issues: Issue[] = [];
  if (!round.projectIds.includes(assessment.projectId))
    issues.push({
      path: "projectId",
      message: `${assessment.projectId} is not assessed in round ${round.id}`,
    });
  if (Date.parse(assessment.submittedAt) > now.getTime() + maxClockSkewMs)
    issues.push({ path: "submittedAt", message: "must not be in the future" });
  for (const [criterionId, { score }] of Object.entries(assessment.scores)) {
    const criterion = round.criteria.find((c) => c.id === criterionId);
    if (!criterion)
      issues.push({ path: `scores.${criterionId}`, message: "is not a criterion of the round" });
    else if (!(score >= criterion.scale.min && score <= criterion.scale.max))
      issues.push({
        path: `scores.${criterionId}.score`,
        message: `must be between ${criterion.scale.min} and ${criterion.scale.max} (the criterion's scale)`,
      });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}
