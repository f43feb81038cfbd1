import * as z from "zod/mini";
import { DocumentId, Instant, SubmissionId, wellFormedText } from "../schema/common.js";
import type { Comment } from "./comment.js";
import type { Consultation } from "./consultation.js";
import { moderationActions } from "./vocabulary.js";

/**
 * One step of moderation on a comment, kept for good: together they are the audit trail. A reader's
 * report carries no `by`; a moderator's step carries the token's label, and hiding or restoring
 * carries its reason.
 */
export const ModerationStep = z
  .object({
    id: SubmissionId,
    partnershipId: DocumentId,
    consultationId: DocumentId,
    commentId: SubmissionId,
    action: z.enum(moderationActions),
    reason: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(1000), wellFormedText)),
    at: Instant,
    by: z.optional(z.string().check(z.minLength(1), z.maxLength(200), wellFormedText)),
  })
  .check(
    z.refine((s) => (s.action !== "hide" && s.action !== "restore") || s.reason !== undefined, {
      message: "is required to hide or restore",
      path: ["reason"],
    }),
  );
export type ModerationStep = z.infer<typeof ModerationStep>;

/**
 * What the public may see of a comment: `awaiting` (before-publication moderation, not shown),
 * `published`, or `hidden` (shown as hidden, by a moderator with a reason or by readers' reports).
 */
export interface CommentStatus {
  status: "awaiting" | "published" | "hidden";
  /** Readers' reports since it was last published or restored. */
  reports: number;
  /** Why it is hidden: the moderator's reason; absent when reports hid it. */
  reason?: string;
  hiddenBy?: "moderator" | "reports";
}

/** Steps in the order they happened (ties by id, so every store gives the same order). */
export function inOrder(steps: readonly ModerationStep[]): ModerationStep[] {
  return [...steps].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
}

/**
 * Folds a comment's moderation steps into its status. A reader's report counts; enough of them
 * (`hideAfterReports`) hide a published comment; a moderator's restore publishes it again and
 * clears the count.
 *
 * @example
 * commentStatus(consultation, comment, [{ action: "hide", reason: "wulgaryzmy", … }]).status // "hidden"
 */
export function commentStatus(
  consultation: Pick<Consultation, "moderation" | "hideAfterReports">,
  comment: Pick<Comment, "id">,
  steps: readonly ModerationStep[],
): CommentStatus {
  let current: CommentStatus = {
    status: consultation.moderation === "before" ? "awaiting" : "published",
    reports: 0,
  };
  for (const step of inOrder(steps.filter((s) => s.commentId === comment.id))) {
    if (step.action === "report") {
      const reports = current.reports + 1;
      current =
        current.status === "published" && reports >= consultation.hideAfterReports
          ? { status: "hidden", reports, hiddenBy: "reports" }
          : { ...current, reports };
    } else if (step.action === "hide") {
      current = {
        status: "hidden",
        reports: current.reports,
        reason: step.reason as string,
        hiddenBy: "moderator",
      };
    } else if (step.action === "restore" || current.status === "awaiting") {
      current = { status: "published", reports: 0 };
    }
  }
  return current;
}
