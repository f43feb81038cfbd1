import * as z from "zod/mini";
import { DocumentId, Instant, SubmissionId, wellFormedText } from "../schema/common.js";
import { commenterAudiences, commentTargetKinds, maxCommentLength, stances } from "./vocabulary.js";

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), wellFormedText);

/**
 * What a comment is about: a goal, project or indicator by id, or a section or paragraph of the
 * consulted document, optionally narrowed to a passage quoted from it.
 */
export const CommentTarget = z.object({
  kind: z.enum(commentTargetKinds),
  id: DocumentId,
  passage: z.optional(text(1000)),
});
export type CommentTarget = z.infer<typeof CommentTarget>;

/** A sha256 hash in hex: of an edit secret, or of a reader salted with the server's daily secret. */
export const Sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/, "must be a sha256 hash in hex"));

/**
 * A comment (uwaga) on a consultation, sent without an account. Append-only: what the public sees
 * of it follows from its moderation steps. No address or e-mail is kept with it.
 */
export const Comment = z.object({
  id: SubmissionId,
  partnershipId: DocumentId,
  consultationId: DocumentId,
  target: CommentTarget,
  /** The comment it replies to, in the same target. */
  replyTo: z.optional(SubmissionId),
  /** A name to sign with, if the commenter wants one. */
  name: z.optional(text(100)),
  /** The member (gmina) the commenter speaks for or lives in. */
  memberId: z.optional(DocumentId),
  audience: z.optional(z.enum(commenterAudiences)),
  stance: z.enum(stances),
  text: text(maxCommentLength),
  submittedAt: Instant,
  /**
   * A honeypot: a field the form hides from people, so only bots fill it. A comment with it is
   * accepted like any other and then left out of every view, queue and report.
   */
  website: z.optional(z.string().check(z.maxLength(1000), wellFormedText)),
  /**
   * Set by the server when it takes the comment: the hash of the edit secret it handed back, and
   * until when the author may edit with it. Never shown to the public.
   */
  edit: z.optional(z.object({ keyHash: Sha256Hex, until: Instant })),
});
export type Comment = z.infer<typeof Comment>;
