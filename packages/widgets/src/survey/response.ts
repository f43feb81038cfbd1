import {
  type Answer,
  answerTo,
  type Issue,
  isUnanswered,
  otherOptionId,
  questionsOf,
  type Survey,
  type SurveyResponse,
  shownAnswers,
} from "@cwd/core";
import type { QuestionProblem } from "./survey.messages.js";

/**
 * The answers to send: those to questions shown (the same `shownAnswers` the store applies), with
 * unanswered ones left out (an empty text is no answer), in the survey's question order so that the
 * same answers always serialise the same way.
 */
export function answersToSend(survey: Survey, answers: Record<string, Answer>): Record<string, Answer> {
  const result: Record<string, Answer> = {};
  for (const [questionId, answer] of Object.entries(shownAnswers(survey, answers))) {
    if (!isUnanswered(answer)) result[questionId] = answer;
  }
  return result;
}

/** The "other" texts of questions answered "other", and the shuffled orders of questions answered. */
export function responseExtras(
  answers: Record<string, Answer>,
  otherTexts: Record<string, string>,
  optionOrders: Record<string, string[]>,
): Pick<SurveyResponse, "other" | "optionOrder"> {
  const chose = (id: string) => {
    const answer = answerTo(answers, id);
    return answer === otherOptionId || (Array.isArray(answer) && answer.includes(otherOptionId));
  };
  const other = Object.fromEntries(
    Object.entries(otherTexts).filter(([id, text]) => chose(id) && text.trim()),
  );
  const optionOrder = Object.fromEntries(
    Object.entries(optionOrders).filter(([id]) => Object.hasOwn(answers, id)),
  );
  return {
    ...(Object.keys(other).length > 0 ? { other } : {}),
    ...(Object.keys(optionOrder).length > 0 ? { optionOrder } : {}),
  };
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
