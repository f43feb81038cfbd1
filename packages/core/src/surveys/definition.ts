import type { Condition } from "../schema/condition.js";
import { maxQuestions, type Question, type Survey } from "../schema/survey.js";

type Path = (string | number)[];
/** One thing wrong with a survey's definition, at the path of the field that is wrong. */
export interface DefinitionProblem {
  path: Path;
  message: string;
}

const reservedOptionIds = { other: "other", none: "none" } as const;
const numericTypes = new Set<Question["type"]>(["scale", "number"]);
const listTypes = new Set<Question["type"]>(["multiple_choice", "ranking"]);

/**
 * What the schema alone cannot see in a survey: repeated ids, reversed bounds, and conditions that
 * refer to a question that is missing or comes later (a respondent has not met it yet), or that
 * cannot hold for that question's type. Called by the `Survey` schema, so a store refuses such a
 * survey when it is saved.
 *
 * @example
 * surveyDefinitionProblems(survey) // [{ path: ["sections", 0, "questions", 1, "showIf"], message: "refers to question wiek, which comes later" }]
 */
export function surveyDefinitionProblems(survey: Survey): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const questionCount = survey.sections.reduce((sum, section) => sum + section.questions.length, 0);
  if (questionCount > maxQuestions) {
    problems.push({
      path: ["sections"],
      message: `has ${questionCount} questions; a survey has at most ${maxQuestions}`,
    });
  }
  if (survey.opensAt && survey.closesAt && Date.parse(survey.opensAt) >= Date.parse(survey.closesAt)) {
    problems.push({ path: ["closesAt"], message: "must be after opensAt" });
  }
  const all = new Map(survey.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
  const earlier = new Set<string>();
  survey.sections.forEach((section, s) => {
    if (section.showIf) checkCondition(section.showIf, ["sections", s, "showIf"], earlier, all, problems);
    section.questions.forEach((question, q) => {
      const path = ["sections", s, "questions", q];
      if (earlier.has(question.id)) {
        problems.push({ path: [...path, "id"], message: `question id ${question.id} is used twice` });
      }
      if (question.showIf) checkCondition(question.showIf, [...path, "showIf"], earlier, all, problems);
      problems.push(...questionProblems(question).map((p) => ({ ...p, path: [...path, ...p.path] })));
      earlier.add(question.id);
    });
  });
  return problems;
}

function questionProblems(question: Question): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const reversed = (low: number | string | undefined, high: number | string | undefined, field = "max") => {
    if (low !== undefined && high !== undefined && low >= high)
      problems.push({ path: [field], message: "must be more than min" });
  };
  switch (question.type) {
    case "scale":
    case "matrix":
    case "number":
    case "date":
      reversed(question.min, question.max);
      break;
    case "multiple_choice":
      if (question.minChoices !== undefined && question.maxChoices !== undefined)
        if (question.minChoices > question.maxChoices)
          problems.push({ path: ["maxChoices"], message: "must be at least minChoices" });
      break;
    case "ranking":
      if (question.top !== undefined && question.top > question.options.length)
        problems.push({
          path: ["top"],
          message: `must be at most the number of options (${question.options.length})`,
        });
      break;
  }
  const ids = question.type === "matrix" ? question.rows : "options" in question ? question.options : [];
  const field = question.type === "matrix" ? "rows" : "options";
  const seen = new Set<string>();
  ids.forEach((option, o) => {
    if (seen.has(option.id))
      problems.push({ path: [field, o, "id"], message: `option id ${option.id} is used twice` });
    seen.add(option.id);
    for (const [extra, id] of Object.entries(reservedOptionIds)) {
      if (option.id === id && extra in question && (question as Record<string, unknown>)[extra])
        problems.push({
          path: [field, o, "id"],
          message: `${id} is the id of the ${extra} option; choose another`,
        });
    }
  });
  return problems;
}

function checkCondition(
  condition: Condition,
  path: Path,
  earlier: Set<string>,
  all: Map<string, Question>,
  problems: DefinitionProblem[],
): void {
  if (condition.op === "all" || condition.op === "any") {
    condition.conditions.forEach((c, i) => {
      checkCondition(c, [...path, "conditions", i], earlier, all, problems);
    });
    return;
  }
  if (condition.op === "not") {
    checkCondition(condition.condition, [...path, "condition"], earlier, all, problems);
    return;
  }
  const target = all.get(condition.question);
  const at = [...path, "question"];
  if (!target) {
    problems.push({
      path: at,
      message: `refers to question ${condition.question}, which is not in this survey`,
    });
  } else if (!earlier.has(condition.question)) {
    problems.push({ path: at, message: `refers to question ${condition.question}, which comes later` });
  } else if (
    (condition.op === "greater_than" || condition.op === "less_than") &&
    !numericTypes.has(target.type)
  ) {
    problems.push({
      path: [...path, "op"],
      message: `${condition.op} needs a scale or number question, not ${target.type}`,
    });
  } else if (condition.op === "includes" && !listTypes.has(target.type)) {
    problems.push({
      path: [...path, "op"],
      message: `includes needs a multiple choice or ranking question, not ${target.type}`,
    });
  }
}
