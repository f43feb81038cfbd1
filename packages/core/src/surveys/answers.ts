import type { Answer } from "../schema/response.js";
import type {
  MultipleChoiceQuestion,
  Question,
  RankingQuestion,
  SingleChoiceQuestion,
  Survey,
} from "../schema/survey.js";
import { shownQuestions } from "./logic.js";
import { dontKnow, noneOptionId, otherOptionId } from "./vocabulary.js";

/** What is wrong with one answer; widgets turn it into a message in the reader's language. */
export type AnswerProblem =
  | { questionId: string; problem: "required" }
  | { questionId: string; problem: "unknown_question" }
  | {
      questionId: string;
      problem: "wrong_type";
      expected: "option" | "options" | "number" | "text" | "date" | "consent" | "rows";
    }
  | { questionId: string; problem: "unknown_option"; option: string }
  | { questionId: string; problem: "repeated_option"; option: string }
  | { questionId: string; problem: "too_many_choices"; max: number }
  | { questionId: string; problem: "too_few_choices"; min: number }
  | { questionId: string; problem: "none_with_others" }
  | { questionId: string; problem: "wrong_rank_count"; expected: number }
  | { questionId: string; problem: "unknown_row"; row: string }
  | { questionId: string; problem: "missing_row"; row: string }
  | { questionId: string; problem: "not_integer" }
  /** Bounds are numbers or YYYY-MM-DD dates; "" where there is none. */
  | { questionId: string; problem: "out_of_range"; min: number | string; max: number | string }
  | { questionId: string; problem: "too_long"; max: number }
  | { questionId: string; problem: "other_text_missing" }
  | { questionId: string; problem: "bad_option_order" };

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

/** True when the answer says nothing: absent, an empty text, no option ticked, consent not given. */
export function isUnanswered(answer: Answer | undefined): boolean {
  if (answer === undefined || answer === false) return true;
  if (typeof answer === "string") return answer.trim() === "";
  if (Array.isArray(answer)) return answer.length === 0;
  if (typeof answer === "object") return Object.keys(answer).length === 0;
  return false;
}

/** What answers are checked against besides the survey: the partnership's gminy and the response's extras. */
export interface AnswerContext {
  /** Ids a `member` question accepts (`surveyMembers`); without them any id is taken. */
  memberIds?: readonly string[];
  other?: Record<string, string>;
  optionOrder?: Record<string, string[]>;
}

/**
 * Checks answers against the questions shown for them (`shownQuestions`): required ones present,
 * options known, values in range, texts within length. Answers to hidden questions are not checked
 * (the store drops them); "required" applies only to what is shown. One problem per question at
 * most, in question order.
 *
 * @example
 * answerProblems(survey, { q1: "yes" }) // [{ questionId: "q2", problem: "required" }]
 */
export function answerProblems(
  survey: Survey,
  answers: Record<string, Answer>,
  context: AnswerContext = {},
): AnswerProblem[] {
  const known = new Set(questionsOf(survey).map((q) => q.id));
  const problems: AnswerProblem[] = [];
  for (const question of shownQuestions(survey, answers)) {
    const answer = answerTo(answers, question.id);
    if (isUnanswered(answer)) {
      if (question.required) problems.push({ questionId: question.id, problem: "required" });
      continue;
    }
    const problem =
      answerProblem(question, answer as Answer, context) ??
      extrasProblem(question, answer as Answer, context);
    if (problem) problems.push(problem);
  }
  for (const questionId of Object.keys(answers)) {
    if (!known.has(questionId)) problems.push({ questionId, problem: "unknown_question" });
  }
  return problems;
}

function answerProblem(
  question: Question,
  answer: Answer,
  context: AnswerContext,
): AnswerProblem | undefined {
  const questionId = question.id;
  switch (question.type) {
    case "single_choice": {
      if (typeof answer !== "string") return { questionId, problem: "wrong_type", expected: "option" };
      return choiceIds(question).includes(answer)
        ? undefined
        : { questionId, problem: "unknown_option", option: answer };
    }
    case "multiple_choice":
    case "ranking": {
      if (!Array.isArray(answer)) return { questionId, problem: "wrong_type", expected: "options" };
      const ids = choiceIds(question);
      const seen = new Set<string>();
      for (const option of answer) {
        if (!ids.includes(option)) return { questionId, problem: "unknown_option", option };
        if (seen.has(option)) return { questionId, problem: "repeated_option", option };
        seen.add(option);
      }
      if (question.type === "ranking") {
        const expected = question.top ?? question.options.length;
        return answer.length === expected ? undefined : { questionId, problem: "wrong_rank_count", expected };
      }
      if (question.none && seen.has(noneOptionId) && answer.length > 1)
        return { questionId, problem: "none_with_others" };
      if (question.maxChoices !== undefined && answer.length > question.maxChoices)
        return { questionId, problem: "too_many_choices", max: question.maxChoices };
      if (question.minChoices !== undefined && answer.length < question.minChoices && !seen.has(noneOptionId))
        return { questionId, problem: "too_few_choices", min: question.minChoices };
      return undefined;
    }
    case "scale": {
      if (answer === dontKnow && question.dontKnow) return undefined;
      if (typeof answer !== "number" || !Number.isInteger(answer))
        return { questionId, problem: "wrong_type", expected: "number" };
      return inRange(questionId, answer, question.min, question.max);
    }
    case "number": {
      if (typeof answer !== "number") return { questionId, problem: "wrong_type", expected: "number" };
      if (question.integer && !Number.isInteger(answer)) return { questionId, problem: "not_integer" };
      return inRange(questionId, answer, question.min, question.max);
    }
    case "matrix": {
      if (typeof answer !== "object" || Array.isArray(answer))
        return { questionId, problem: "wrong_type", expected: "rows" };
      for (const [row, value] of Object.entries(answer)) {
        if (!question.rows.some((r) => r.id === row)) return { questionId, problem: "unknown_row", row };
        const problem = inRange(questionId, value, question.min, question.max);
        if (problem) return problem;
      }
      const missing = question.rows.find((r) => !Object.hasOwn(answer, r.id));
      return question.required && missing
        ? { questionId, problem: "missing_row", row: missing.id }
        : undefined;
    }
    case "date": {
      if (typeof answer !== "string" || !isCalendarDate(answer))
        return { questionId, problem: "wrong_type", expected: "date" };
      return (question.min && answer < question.min) || (question.max && answer > question.max)
        ? { questionId, problem: "out_of_range", min: question.min ?? "", max: question.max ?? "" }
        : undefined;
    }
    case "consent":
      return answer === true ? undefined : { questionId, problem: "wrong_type", expected: "consent" };
    case "member": {
      if (typeof answer !== "string") return { questionId, problem: "wrong_type", expected: "option" };
      return context.memberIds && !context.memberIds.includes(answer)
        ? { questionId, problem: "unknown_option", option: answer }
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

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** "Other" needs its text, and a shown order must be an order of the question's options. */
function extrasProblem(
  question: Question,
  answer: Answer,
  context: AnswerContext,
): AnswerProblem | undefined {
  const questionId = question.id;
  const choseOther = answer === otherOptionId || (Array.isArray(answer) && answer.includes(otherOptionId));
  if (choseOther && "other" in question && question.other) {
    const text = context.other && Object.hasOwn(context.other, questionId) ? context.other[questionId] : "";
    if (!text?.trim()) return { questionId, problem: "other_text_missing" };
  }
  const order =
    context.optionOrder && Object.hasOwn(context.optionOrder, questionId)
      ? context.optionOrder[questionId]
      : undefined;
  if (order) {
    const ids =
      question.type === "single_choice" || question.type === "multiple_choice" || question.type === "ranking"
        ? choiceIds(question)
        : [];
    if (order.length !== ids.length || !ids.every((id) => order.includes(id)))
      return { questionId, problem: "bad_option_order" };
  }
  return undefined;
}

/** Every option id a choice or ranking question accepts, "other" and "none" included when offered. */
export function choiceIds(
  question: SingleChoiceQuestion | MultipleChoiceQuestion | RankingQuestion,
): string[] {
  const ids = question.options.map((o) => o.id);
  if (question.type !== "ranking") {
    if (question.other) ids.push(otherOptionId);
    if (question.none) ids.push(noneOptionId);
  }
  return ids;
}

function inRange(
  questionId: string,
  value: number,
  min: number | undefined,
  max: number | undefined,
): AnswerProblem | undefined {
  return (min !== undefined && value < min) || (max !== undefined && value > max)
    ? { questionId, problem: "out_of_range", min: min ?? "", max: max ?? "" }
    : undefined;
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
        number: "must be a number",
        text: "must be a text",
        date: "must be a date YYYY-MM-DD",
        consent: "must be true (consent given)",
        rows: "must be values by row id",
      }[problem.expected];
    case "unknown_option":
      return `${problem.option} is not one of the options`;
    case "repeated_option":
      return `${problem.option} is chosen twice`;
    case "too_many_choices":
      return `must have at most ${problem.max} choices`;
    case "too_few_choices":
      return `must have at least ${problem.min} choices`;
    case "none_with_others":
      return "none cannot be chosen with other options";
    case "wrong_rank_count":
      return `must rank exactly ${problem.expected} options`;
    case "unknown_row":
      return `${problem.row} is not a row of this matrix`;
    case "missing_row":
      return `row ${problem.row} is required`;
    case "not_integer":
      return "must be a whole number";
    case "out_of_range":
      if (problem.min === "") return `must be at most ${problem.max}`;
      if (problem.max === "") return `must be at least ${problem.min}`;
      return `must be from ${problem.min} to ${problem.max}`;
    case "too_long":
      return `must have at most ${problem.max} characters`;
    case "other_text_missing":
      return "needs the text of its other option";
    case "bad_option_order":
      return "optionOrder must list each option of the question once";
  }
}
