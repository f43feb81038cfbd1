import type { SurveyResponse } from "../schema/response.js";
import type { Survey } from "../schema/survey.js";
import { ForbiddenError, ValidationError } from "../store/errors.js";
import { answerProblems, describeAnswerProblem } from "./answers.js";
import { codeProblem } from "./invitation-codes.js";
import { shownQuestions } from "./logic.js";
import { schedulePhase, warsawTime } from "./schedule.js";

/**
 * Decides whether a store may accept a response to a survey: the survey must be open, within its
 * schedule, and the answers to the questions shown must fit them (answers to hidden questions are
 * not checked; the store drops them with `keptResponse`). `now` is the time the store receives it
 * (the client's clock is not trusted for the deadline). `memberIds` are the ids a `member` question
 * accepts (`surveyMembers`). Throws ForbiddenError or ValidationError; returns nothing.
 */
export function admitResponse(
  survey: Survey,
  response: SurveyResponse,
  now: Date = new Date(),
  memberIds?: readonly string[],
): void {
  if (survey.status !== "open") {
    throw new ForbiddenError(
      `survey ${survey.id} is ${survey.status} and takes no responses`,
      survey.status === "draft" ? "not_published" : undefined,
    );
  }
  const phase = schedulePhase(survey, now);
  if (phase === "not_yet_open" && survey.opensAt) {
    throw new ForbiddenError(
      `survey ${survey.id} opens at ${warsawTime(survey.opensAt)} (Europe/Warsaw) and takes no responses before`,
    );
  }
  if (phase === "closed" && survey.closesAt) {
    throw new ForbiddenError(`survey ${survey.id} closed at ${warsawTime(survey.closesAt)} (Europe/Warsaw)`);
  }
  const badCode = codeProblem(survey, response);
  if (badCode) throw new ValidationError([{ path: "code", message: badCode }]);
  const problems = answerProblems(survey, response.answers, { ...response, memberIds });
  if (problems.length > 0) {
    throw new ValidationError(
      problems.map((p) => ({ path: `answers.${p.questionId}`, message: describeAnswerProblem(p) })),
    );
  }
}

/**
 * What a store keeps of an admitted response: the answers, "other" texts and option orders of the
 * questions shown only, so an answer left in a question the logic hid is never stored or counted.
 *
 * @example
 * keptResponse(survey, { ...response, answers: { dzieci: "nie", "wiek-dzieci": 7 } }).answers // { dzieci: "nie" }
 */
export function keptResponse(survey: Survey, response: SurveyResponse): SurveyResponse {
  const shown = shownQuestions(survey, response.answers).map((q) => q.id);
  const { answers, other, optionOrder, ...rest } = response;
  const kept: SurveyResponse = { ...rest, answers: onlyShown(answers, shown) };
  if (other) kept.other = onlyShown(other, shown);
  if (optionOrder) kept.optionOrder = onlyShown(optionOrder, shown);
  return kept;
}

function onlyShown<T>(byQuestion: Record<string, T>, shown: string[]): Record<string, T> {
  const kept: Record<string, T> = {};
  for (const id of shown) {
    if (Object.hasOwn(byQuestion, id)) kept[id] = byQuestion[id] as T;
  }
  return kept;
}
