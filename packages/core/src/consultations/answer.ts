import * as z from "zod/mini";
import { DocumentId, Instant, LocalisedText, SubmissionId, Version } from "../schema/common.js";
import { answerPositions } from "./vocabulary.js";

/**
 * The partnership's official answer to a comment (odpowiedź na uwagę): its position and why. One per
 * comment, so its id is the comment's; versioned, so a correction is a new version.
 */
export const CommentAnswer = z
  .object({
    id: DocumentId,
    partnershipId: DocumentId,
    version: z.optional(Version),
    consultationId: DocumentId,
    commentId: SubmissionId,
    position: z.enum(answerPositions),
    justification: LocalisedText,
    answeredAt: Instant,
  })
  .check(z.refine((a) => a.id === a.commentId, { message: "must be the comment's id", path: ["id"] }));
export type CommentAnswer = z.infer<typeof CommentAnswer>;
