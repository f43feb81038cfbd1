// How a comment's target is named, apart from the rules and the report so that widgets showing
// targets (moderation) take only this and the document's passages.
import type { LocalisedText } from "../schema/common.js";
import type { CommentTarget } from "./comment.js";
import type { Consultation } from "./consultation.js";
import { findPassageHolder } from "./state.js";

/** The key a target is filtered and counted by: `section:diagnoza`. */
export function targetKey(target: Pick<CommentTarget, "kind" | "id">): string {
  return `${target.kind}:${target.id}`;
}

/**
 * A target in words: a section's or paragraph's title in the consulted document, else its kind and id.
 *
 * @example
 * targetLabel(consultation, { kind: "paragraph", id: "d-1-2" }) // "1. Diagnoza, akapit 2"
 */
export function targetLabel(
  consultation: Consultation,
  target: Pick<CommentTarget, "kind" | "id">,
  lang: keyof LocalisedText = "pl",
): string {
  const holder = findPassageHolder(consultation, target.id);
  if (!holder) return targetKey(target);
  const title = holder.section.title[lang] ?? holder.section.title.pl;
  if (!holder.paragraph) return title;
  const n = holder.section.paragraphs.indexOf(holder.paragraph) + 1;
  return `${title}, ${lang === "en" ? "paragraph" : "akapit"} ${n}`;
}
