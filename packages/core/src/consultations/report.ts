import type { CommentAnswer } from "./answer.js";
import type { Comment } from "./comment.js";
import { editedComment, isSpam } from "./comment-rules.js";
import { type CommentStatus, commentStatus } from "./comment-status.js";
import type { Consultation } from "./consultation.js";
import { targetKey, targetLabel } from "./target.js";
import { byTime, type ConsultationRecords } from "./thread.js";
import { stances } from "./vocabulary.js";

/** One comment in the report, numbered, with what became of it and the partnership's answer. */
export interface ReportEntry {
  number: number;
  /** The comment without its text, which is `text` below. */
  comment: Omit<Comment, "website" | "edit" | "text"> & { editedAt?: string };
  /** Absent when moderation hid the comment: the report does not republish it. */
  text?: string;
  /** Why moderation hid it, when a moderator said. */
  reason?: string;
  /** What it is about, in words: a section's title, or `goal cel-1`. */
  targetLabel: string;
  status: CommentStatus["status"];
  answer?: CommentAnswer;
}

/** The report on a consultation (raport z konsultacji): every comment once, its answer, the counts. */
export interface ConsultationReport {
  consultation: Consultation;
  entries: ReportEntry[];
  counts: {
    comments: number;
    answered: number;
    byStance: Record<(typeof stances)[number], number>;
    /** By member id; `unspecified` when the commenter named none. */
    byMember: Record<string, number>;
    /** By target key (`section:diagnoza`). */
    byTarget: Record<string, number>;
  };
}

/**
 * The report on a consultation: every comment sent exactly once (bots' comments left out), oldest
 * first and numbered, each with its official answer and justification when there is one, and the
 * counts by stance, member and target. Hidden comments are listed too, without their text: the law
 * asks for a position on every comment submitted.
 *
 * @example
 * consultationReport(records).counts.byStance // { in_favour: 3, neutral: 1, against: 2 }
 */
export function consultationReport(records: ConsultationRecords): ConsultationReport {
  const { consultation } = records;
  const answers = new Map(records.answers.map((a) => [a.commentId, a]));
  const comments = records.comments.filter((c) => !isSpam(c)).sort(byTime);
  const byStance = Object.fromEntries(stances.map((s) => [s, 0])) as ConsultationReport["counts"]["byStance"];
  const byMember: Record<string, number> = {};
  const byTarget: Record<string, number> = {};
  const entries = comments.map((comment, i): ReportEntry => {
    const edited = editedComment(comment, records.steps);
    byStance[edited.stance] += 1;
    const member = comment.memberId ?? "unspecified";
    byMember[member] = (byMember[member] ?? 0) + 1;
    const key = targetKey(comment.target);
    byTarget[key] = (byTarget[key] ?? 0) + 1;
    const { website: _, edit: __, text, ...shown } = edited;
    const answer = answers.get(comment.id);
    const { status, reason } = commentStatus(consultation, comment, records.steps);
    return {
      number: i + 1,
      comment: shown,
      ...(status !== "hidden" && { text }),
      ...(reason !== undefined && { reason }),
      targetLabel: targetLabel(consultation, comment.target),
      status,
      ...(answer && { answer }),
    };
  });
  const answered = entries.filter((e) => e.answer).length;
  return {
    consultation,
    entries,
    counts: { comments: entries.length, answered, byStance, byMember, byTarget },
  };
}
