// Rules on comments, kept free of zod (the schemas are in comment.ts) so widgets can use them.
import { ForbiddenError, ValidationError } from "../store/errors.js";
import type { Comment, CommentTarget } from "./comment.js";
import type { Consultation } from "./consultation.js";
import { consultationState, findPassageHolder } from "./state.js";

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
