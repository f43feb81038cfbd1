import * as z from "zod/mini";
import { DocumentId, Instant, SubmissionId, wellFormedText } from "../schema/common.js";
import { Sha256Hex } from "./comment.js";
import { maxCommentLength, moderationActions, stances } from "./vocabulary.js";

/**
 * One step of moderation on a comment, kept for good: together they are the audit trail. A reader's
 * report carries no `by` but may carry `reporter`, a hash of the reader that rotates daily, so one
 * reader's reports count once; a moderator's step carries the token's label, and hiding or restoring
 * carries its reason. An author's edit carries the new text and stance: the comment itself is never
 * rewritten, so what moderators saw stays in the trail.
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
    reporter: z.optional(Sha256Hex),
    text: z.optional(
      z.string().check(z.trim(), z.minLength(1), z.maxLength(maxCommentLength), wellFormedText),
    ),
    stance: z.optional(z.enum(stances)),
  })
  .check(
    z.refine((s) => (s.action !== "hide" && s.action !== "restore") || s.reason !== undefined, {
      message: "is required to hide or restore",
      path: ["reason"],
    }),
    z.refine((s) => (s.action === "edit") === (s.text !== undefined), {
      message: "is required for an edit and only there",
      path: ["text"],
    }),
  );
export type ModerationStep = z.infer<typeof ModerationStep>;
