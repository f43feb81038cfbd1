import * as z from "zod/mini";
import { DocumentId, Instant, SubmissionId, wellFormedText } from "../schema/common.js";
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
