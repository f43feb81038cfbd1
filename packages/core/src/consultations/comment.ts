import * as z from "zod/mini";
import { DocumentId, Instant, SubmissionId, wellFormedText } from "../schema/common.js";
import { ForbiddenError, ValidationError } from "../store/errors.js";
import { type Consultation, consultationState, findPassageHolder } from "./consultation.js";
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
});
export type Comment = z.infer<typeof Comment>;

/** The key a target is filtered and counted by: `section:diagnoza`. */
export function targetKey(target: Pick<CommentTarget, "kind" | "id">): string {
  return `${target.kind}:${target.id}`;
}

/** Whether a bot filled the honeypot: such a comment is silently discarded. */
export function isSpam(comment: Comment): boolean {
  return comment.website !== undefined && comment.website.trim() !== "";
}

/**
 * Decides whether a store may accept a comment on a consultation at `now`: the consultation must be
 * open, a section or paragraph must be in its document, and a quoted passage must be in its text.
 *
 * @example
 * admitComment(consultation, comment, new Date()) // throws ForbiddenError once it has closed
 */
export function admitComment(consultation: Consultation, comment: Comment, now: Date): void {
  const state = consultationState(consultation, now);
  if (state !== "open")
    throw new ForbiddenError(`consultation ${consultation.id} is ${state} and takes no comments`);
  const { kind, id, passage } = comment.target;
  if (kind !== "section" && kind !== "paragraph") return;
  const holder = findPassageHolder(consultation, id);
  if (!holder || (kind === "paragraph") !== (holder.paragraph !== undefined))
    throw new ValidationError([{ path: "target.id", message: `is not a ${kind} of this consultation` }]);
  if (passage === undefined) return;
  const paragraphs = holder.paragraph ? [holder.paragraph] : holder.section.paragraphs;
  const quoted = paragraphs.some((p) => p.text.pl.includes(passage) || p.text.en?.includes(passage));
  if (!quoted)
    throw new ValidationError([{ path: "target.passage", message: `is not quoted from this ${kind}` }]);
}
