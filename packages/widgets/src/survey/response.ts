import { type Answer, answerTo, type Issue, isUnanswered, questionsOf, type Survey } from "@cwd/core";
import type { QuestionProblem } from "./survey.messages.js";

/**
 * The answers to send: unanswered questions left out (an empty text is no answer), in the survey's
 * question order so that the same answers always serialise the same way.
 */
export function answersToSend(survey: Survey, answers: Record<string, Answer>): Record<string, Answer> {
  const result: Record<string, Answer> = {};
  for (const question of questionsOf(survey)) {
    const answer = answerTo(answers, question.id);
    if (answer !== undefined && !isUnanswered(answer)) result[question.id] = answer;
  }
  return result;
}

/** Server issues named `answers.<questionId>` become problems shown at those questions. */
export function problemsFromIssues(survey: Survey, issues: Issue[]): QuestionProblem[] {
  const known = new Set(questionsOf(survey).map((q) => q.id));
  const problems = new Map<string, QuestionProblem>();
  for (const issue of issues) {
    const questionId = /^answers\.([^.]+)/.exec(issue.path)?.[1];
    if (questionId && known.has(questionId)) problems.set(questionId, { questionId, problem: "rejected" });
  }
  return [...problems.values()];
}

export function sameAnswers(a: Record<string, Answer>, b: Record<string, Answer>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
