import type { Answer } from "../schema/response.js";
import type { Question, Survey } from "../schema/survey.js";

/** What is wrong with one answer; widgets turn it into a message in the reader's language. */
export type AnswerProblem =
  | { questionId: string; problem: "required" }
  | { questionId: string; problem: "unknown_question" }
  | { questionId: string; problem: "wrong_type"; expected: "option" | "options" | "number" | "text" }
  | { questionId: string; problem: "unknown_option"; option: string }
  | { questionId: string; problem: "repeated_option"; option: string }
  | { questionId: string; problem: "too_many_choices"; max: number }
  | { questionId: string; problem: "out_of_range"; min: number; max: number }
  | { questionId: string; problem: "too_long"; max: number };

/**
 * The answer to one question. Answers are keyed by ids that respondents' data carries, so only the
 * object's own fields count: a question named `constructor` must not find `Object.prototype`'s.
 *
 * @example
 * answerTo({}, "constructor") // undefined
 */
export function answerTo(answers: Record<string, Answer>, questionId: string): Answer | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/** Every question of a survey, in the order a respondent meets them. */
export function questionsOf(survey: Survey): Question[] {
  return survey.sections.flatMap((section) => section.questions);
}

/** True when the answer says nothing: absent, an empty text or no option ticked. */
export function isUnanswered(answer: Answer | undefined): boolean {
  if (answer === undefined) return true;
  if (typeof answer === "string") return answer.trim() === "";
  if (Array.isArray(answer)) return answer.length === 0;
  return false;
}

/**
 * Checks answers against the survey's questions: required ones present, options known, scales in
 * range, texts within length. Returns one problem per question at most, in question order.
 *
 * @example
 * answerProblems(survey, { q1: "yes" }) // [{ questionId: "q2", problem: "required" }]
 */
export function answerProblems(survey: Survey, answers: Record<string, Answer>): AnswerProblem[] {
  const questions = questionsOf(survey);
  const known = new Set(questions.map((q) => q.id));
  const problems: AnswerProblem[] = [];
  for (const question of questions) {
    const answer = answerTo(answers, question.id);
    if (isUnanswered(answer)) {
      if (question.required) problems.push({ questionId: question.id, problem: "required" });
      continue;
    }
    const problem = answerProblem(question, answer as Answer);
    if (problem) problems.push(problem);
  }
  for (const questionId of Object.keys(answers)) {
    if (!known.has(questionId)) problems.push({ questionId, problem: "unknown_question" });
  }
  return problems;
}

function answerProblem(question: Question, answer: Answer): AnswerProblem | undefined {
  const questionId = question.id;
  switch (question.type) {
    case "single_choice": {
      if (typeof answer !== "string") return { questionId, problem: "wrong_type", expected: "option" };
      return question.options.some((o) => o.id === answer)
        ? undefined
        : { questionId, problem: "unknown_option", option: answer };
    }
    case "multiple_choice": {
      if (!Array.isArray(answer)) return { questionId, problem: "wrong_type", expected: "options" };
      const seen = new Set<string>();
      for (const option of answer) {
        if (!question.options.some((o) => o.id === option))
          return { questionId, problem: "unknown_option", option };
        if (seen.has(option)) return { questionId, problem: "repeated_option", option };
        seen.add(option);
      }
      if (question.maxChoices !== undefined && answer.length > question.maxChoices) {
        return { questionId, problem: "too_many_choices", max: question.maxChoices };
      }
      return undefined;
    }
    case "scale": {
      if (typeof answer !== "number") return { questionId, problem: "wrong_type", expected: "number" };
      return answer < question.min || answer > question.max
        ? { questionId, problem: "out_of_range", min: question.min, max: question.max }
        : undefined;
    }
    case "text": {
      if (typeof answer !== "string") return { questionId, problem: "wrong_type", expected: "text" };
      return answer.length > question.maxLength
        ? { questionId, problem: "too_long", max: question.maxLength }
        : undefined;
    }
  }
}

/** The problem in plain English, for API errors and logs. */
export function describeAnswerProblem(problem: AnswerProblem): string {
  switch (problem.problem) {
    case "required":
      return "is required";
    case "unknown_question":
      return "is not a question of this survey";
    case "wrong_type":
      return {
        option: "must be one option id",
        options: "must be a list of option ids",
        number: "must be a whole number",
        text: "must be a text",
      }[problem.expected];
    case "unknown_option":
      return `${problem.option} is not one of the options`;
    case "repeated_option":
      return `${problem.option} is chosen twice`;
    case "too_many_choices":
      return `must have at most ${problem.max} choices`;
    case "out_of_range":
      return `must be from ${problem.min} to ${problem.max}`;
    case "too_long":
      return `must have at most ${problem.max} characters`;
  }
}
