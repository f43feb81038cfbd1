import type { Condition } from "../schema/condition.js";
import type { Answer } from "../schema/response.js";
import type { Question, Survey, SurveySection } from "../schema/survey.js";
import { answerTo, isUnanswered } from "./answers.js";

/**
 * Whether a condition holds on the answers given so far. An unanswered question equals nothing,
 * includes nothing and is neither greater nor less than anything.
 *
 * @example
 * holds({ op: "equals", question: "dzieci", value: "tak" }, { dzieci: "tak" }) // true
 */
export function holds(condition: Condition, answers: Record<string, Answer>): boolean {
  switch (condition.op) {
    case "all":
      return condition.conditions.every((c) => holds(c, answers));
    case "any":
      return condition.conditions.some((c) => holds(c, answers));
    case "not":
      return !holds(condition.condition, answers);
  }
  const answer = answerTo(answers, condition.question);
  if (isUnanswered(answer)) return condition.op === "not_equals";
  switch (condition.op) {
    case "answered":
      return true;
    case "equals":
      return answer === condition.value;
    case "not_equals":
      return answer !== condition.value;
    case "includes":
      return Array.isArray(answer) && answer.includes(condition.value);
    case "greater_than":
      return typeof answer === "number" && answer > condition.value;
    case "less_than":
      return typeof answer === "number" && answer < condition.value;
  }
}

/** A section and the questions of it a respondent sees. */
export interface ShownSection {
  section: SurveySection;
  questions: Question[];
}

/**
 * The sections and questions shown for these answers, in order. Conditions see only answers to
 * questions shown before them, so an answer left behind in a hidden question changes nothing.
 * The widget and the store both decide with this function.
 *
 * @example
 * shownSections(survey, { dzieci: "nie" }).flatMap((s) => s.questions.map((q) => q.id))
 */
export function shownSections(survey: Survey, answers: Record<string, Answer>): ShownSection[] {
  const seen: Record<string, Answer> = {};
  const shown: ShownSection[] = [];
  for (const section of survey.sections) {
    if (section.showIf && !holds(section.showIf, seen)) continue;
    const questions: Question[] = [];
    for (const question of section.questions) {
      if (question.showIf && !holds(question.showIf, seen)) continue;
      questions.push(question);
      const answer = answerTo(answers, question.id);
      if (answer !== undefined) seen[question.id] = answer;
    }
    if (questions.length > 0) shown.push({ section, questions });
  }
  return shown;
}

/** The questions shown for these answers, in order. */
export function shownQuestions(survey: Survey, answers: Record<string, Answer>): Question[] {
  return shownSections(survey, answers).flatMap((s) => s.questions);
}

/**
 * The answers to shown questions only: what a store keeps and statistics count.
 *
 * @example
 * shownAnswers(survey, { dzieci: "nie", "wiek-dzieci": 7 }) // { dzieci: "nie" } when wiek-dzieci needs dzieci = tak
 */
export function shownAnswers(survey: Survey, answers: Record<string, Answer>): Record<string, Answer> {
  const kept: Record<string, Answer> = {};
  for (const question of shownQuestions(survey, answers)) {
    const answer = answerTo(answers, question.id);
    if (answer !== undefined) kept[question.id] = answer;
  }
  return kept;
}
