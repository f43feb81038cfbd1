import type { CommentAnswer } from "./answer.js";
import type { Comment } from "./comment.js";
import { editedComment, isSpam } from "./comment-rules.js";
import { type CommentStatus, commentStatus } from "./comment-status.js";
import type { Consultation } from "./consultation.js";
import type { ModerationStep } from "./moderation.js";
import { targetKey } from "./target.js";
import { maxReplyLevel } from "./vocabulary.js";

/**
 * One comment as the public sees it in a thread: its text when published, only the fact (and the
 * moderator's reason) when hidden; the official answer when there is one; its replies.
 */
export interface ThreadEntry {
  id: string;
  level: number;
  status: "published" | "hidden";
  submittedAt: string;
  /** Absent when hidden; as its author last edited it. */
  comment?: Omit<Comment, "website" | "edit"> & { editedAt?: string };
  reason?: string;
  answer?: CommentAnswer;
  replies: ThreadEntry[];
}

/** Everything stored about one consultation's comments, as the stores list it. */
export interface ConsultationRecords {
  consultation: Consultation;
  comments: readonly Comment[];
  steps: readonly ModerationStep[];
  answers: readonly CommentAnswer[];
}

/**
 * The public thread of a consultation, or of one target in it (`section:diagnoza`): comments
 * awaiting moderation and bots' comments are left out, with their replies; hidden ones show as
 * hidden; replies nest at most three levels (a reply deeper than that joins its parent's level);
 * oldest first.
 *
 * @example
 * publicThread(records, "paragraph:d-1-2")[0].replies[0].level // 2
 */
export function publicThread(records: ConsultationRecords, target?: string): ThreadEntry[] {
  const { consultation, steps } = records;
  const answers = new Map(records.answers.map((a) => [a.commentId, a]));
  const shown = records.comments
    .filter((c) => !isSpam(c) && (target === undefined || targetKey(c.target) === target))
    .map((c) => ({ comment: c, status: commentStatus(consultation, c, steps) }))
    .filter(
      (s): s is { comment: Comment; status: CommentStatus & { status: "published" | "hidden" } } =>
        s.status.status !== "awaiting",
    )
    .sort((a, b) => byTime(a.comment, b.comment));
  const byId = new Map(shown.map((s) => [s.comment.id, s]));
  const entries = new Map<string, ThreadEntry>();
  const roots: ThreadEntry[] = [];
  for (const { comment, status } of shown) {
    const parent = comment.replyTo === undefined ? undefined : byId.get(comment.replyTo);
    // A reply to a comment not shown (awaiting, a bot's, another target's) is not shown either.
    if (
      comment.replyTo !== undefined &&
      (!parent || targetKey(parent.comment.target) !== targetKey(comment.target))
    )
      continue;
    let holder = parent ? entries.get(parent.comment.id) : undefined;
    if (parent && !holder) continue;
    if (holder && holder.level >= maxReplyLevel) holder = parentEntry(entries, byId, holder);
    const { website: _, edit: __, ...unedited } = comment;
    const publicComment = editedComment(unedited, steps);
    const answer = answers.get(comment.id);
    const entry: ThreadEntry = {
      id: comment.id,
      level: holder ? holder.level + 1 : 1,
      status: status.status,
      submittedAt: comment.submittedAt,
      ...(status.status === "published" && { comment: publicComment }),
      ...(status.reason !== undefined && { reason: status.reason }),
      ...(answer && { answer }),
      replies: [],
    };
    entries.set(comment.id, entry);
    (holder ? holder.replies : roots).push(entry);
  }
  return roots;
}

function parentEntry(
  entries: Map<string, ThreadEntry>,
  byId: Map<string, { comment: Comment }>,
  entry: ThreadEntry,
): ThreadEntry | undefined {
  const replyTo = byId.get(entry.id)?.comment.replyTo;
  return replyTo === undefined ? undefined : entries.get(replyTo);
}

/** Oldest first; ties by id, so every store gives the same order. */
export function byTime(
  a: Pick<Comment, "submittedAt" | "id">,
  b: Pick<Comment, "submittedAt" | "id">,
): number {
  return Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || (a.id < b.id ? -1 : 1);
}

/** One comment in a moderator's queue: awaiting publication, or reported by readers. */
export interface QueueItem {
  comment: Comment;
  status: CommentStatus;
  answer?: CommentAnswer;
}

/**
 * Every comment of a consultation as its moderators see it, whatever its status: with its status,
 * readers' reports and official answer, oldest first; bots' comments left out. The consultation
 * report must answer each of them.
 *
 * @example
 * moderationList(records).filter((item) => !item.answer).length // comments still to answer
 */
export function moderationList(records: ConsultationRecords): QueueItem[] {
  const answers = new Map(records.answers.map((a) => [a.commentId, a]));
  return records.comments
    .filter((c) => !isSpam(c))
    .sort(byTime)
    .map((comment) => {
      const status = commentStatus(records.consultation, comment, records.steps);
      const answer = answers.get(comment.id);
      return answer ? { comment, status, answer } : { comment, status };
    });
}

/**
 * The moderators' queue: comments awaiting publication and comments readers reported, oldest first;
 * bots' comments never reach it.
 *
 * @example
 * moderationQueue(records).map((item) => item.status.status) // ["awaiting", "hidden"]
 */
export function moderationQueue(records: ConsultationRecords): QueueItem[] {
  return moderationList(records).filter(({ status }) => status.status === "awaiting" || status.reports > 0);
}
