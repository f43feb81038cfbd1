// A comment's status folded from its moderation steps, kept free of zod (the step's schema is in
// moderation.ts) so widgets can use it.
import type { Comment } from "./comment.js";
import type { Consultation } from "./consultation.js";
import type { ModerationStep } from "./moderation.js";

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
 * Folds a comment's moderation steps into its status. A reader's report counts, once per reporter
 * (a report without `reporter` always counts); enough of them (`hideAfterReports`) hide a published
 * comment; a moderator's restore publishes it again and clears the count. An edit changes no status.
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
  let reporters = new Set<string>();
  for (const step of inOrder(steps.filter((s) => s.commentId === comment.id))) {
    if (step.action === "edit") continue;
    if (step.action === "report") {
      if (step.reporter !== undefined && reporters.has(step.reporter)) continue;
      if (step.reporter !== undefined) reporters.add(step.reporter);
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
      reporters = new Set();
    }
  }
  return current;
}
