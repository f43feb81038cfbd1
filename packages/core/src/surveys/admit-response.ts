import type { SurveyResponse } from "../schema/response.js";
import type { Survey } from "../schema/survey.js";
import { ForbiddenError, ValidationError } from "../store/errors.js";
import { answerProblems, describeAnswerProblem } from "./answers.js";
import { codeProblem } from "./invitation-codes.js";
import { schedulePhase, warsawTime } from "./schedule.js";

/**
 * Decides whether a store may accept a response to a survey: the survey must be open, within its
 * schedule, and the answers to the questions shown must fit them (answers to hidden questions are
 * not checked, and statistics leave them out). `now` is the time the store receives it (the client's clock is not
 * trusted for the deadline). Throws ForbiddenError or ValidationError; returns nothing.
 */
export function admitResponse(survey: Survey, response: SurveyResponse, now: Date = new Date()): void {
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
  const problems = answerProblems(survey, response.answers, response);
  if (problems.length > 0) {
    throw new ValidationError(
      problems.map((p) => ({ path: `answers.${p.questionId}`, message: describeAnswerProblem(p) })),
    );
  }
}
