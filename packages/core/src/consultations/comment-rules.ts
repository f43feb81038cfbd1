// Rules on comments, kept free of zod (the schemas are in comment.ts) so widgets can use them.
import { ForbiddenError, ValidationError } from "../store/errors.js";
import type { Comment } from "./comment.js";
import { commentStatus, inOrder } from "./comment-status.js";
import type { Consultation } from "./consultation.js";
import type { ModerationStep } from "./moderation.js";
import { consultationState, findPassageHolder } from "./state.js";

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

/** A comment as its author last edited it, with when; unedited comments come back as they are. */
export function editedComment<C extends Pick<Comment, "id" | "text" | "stance">>(
  comment: C,
  steps: readonly ModerationStep[],
): C & { editedAt?: string } {
  const edits = inOrder(steps.filter((s) => s.commentId === comment.id && s.action === "edit"));
  const last = edits.at(-1);
  if (!last) return comment;
  return {
    ...comment,
    text: last.text ?? comment.text,
    stance: last.stance ?? comment.stance,
    editedAt: last.at,
  };
}

/**
 * Decides whether the holder of an edit secret (given as its hash) may edit a comment at `now`: the
 * consultation is open, the comment was given a secret, the hash matches, the window has not passed
 * and no moderator has hidden it. Each refusal says why.
 *
 * @example
 * admitEdit(records.consultation, comment, records.steps, await sha256(secret), new Date()) // throws once 15 minutes have passed
 */
export function admitEdit(
  consultation: Consultation,
  comment: Comment,
  steps: readonly ModerationStep[],
  keyHash: string,
  now: Date,
): void {
  const state = consultationState(consultation, now);
  if (state !== "open")
    throw new ForbiddenError(`consultation ${consultation.id} is ${state}: comments can no longer be edited`);
  if (comment.edit === undefined || comment.edit.keyHash !== keyHash)
    throw new ForbiddenError("the edit secret does not match this comment");
  if (now.getTime() > Date.parse(comment.edit.until))
    throw new ForbiddenError(`the time to edit this comment ended at ${comment.edit.until}`);
  if (commentStatus(consultation, comment, steps).hiddenBy === "moderator")
    throw new ForbiddenError("a moderator hid this comment: it can no longer be edited");
}
