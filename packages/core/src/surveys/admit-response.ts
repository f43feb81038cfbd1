import type { SurveyResponse } from "../schema/response.js";
import type { Survey } from "../schema/survey.js";
import { ForbiddenError, ValidationError } from "../store/errors.js";
import { answerProblems, describeAnswerProblem } from "./answers.js";

/**
 * Decides whether a store may accept a response to a survey: the survey must be open and the
 * answers must fit its questions. `now` is the time the store receives it (the client's clock is not
 * trusted for the deadline). Throws ForbiddenError or ValidationError; returns nothing.
 */
export function admitResponse(survey: Survey, response: SurveyResponse, now: Date = new Date()): void {
  if (survey.status !== "open") {
    throw new ForbiddenError(
      `survey ${survey.id} is ${survey.status} and takes no responses`,
      survey.status === "draft" ? "not_published" : undefined,
    );
  }
  if (survey.closesAt !== undefined && now.getTime() > Date.parse(survey.closesAt)) {
    throw new ForbiddenError(`survey ${survey.id} closed at ${survey.closesAt}`);
  }
  const problems = answerProblems(survey, response.answers);
  if (problems.length > 0) {
    throw new ValidationError(
      problems.map((p) => ({ path: `answers.${p.questionId}`, message: describeAnswerProblem(p) })),
    );
  }
}
