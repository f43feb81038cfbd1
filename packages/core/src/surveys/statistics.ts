import type { Member } from "../schema/partnership.js";
import type { Answer, SurveyResponse } from "../schema/response.js";
import type { Question, Survey } from "../schema/survey.js";
import { ValidationError } from "../store/errors.js";
import { answerTo, choiceIds, isUnanswered, questionsOf } from "./answers.js";
import { kishEffectiveN, medianOfCounts, sampleSd, wilson95 } from "./estimates.js";
import { shownAnswers, shownSections } from "./logic.js";
import { surveyMembers } from "./members.js";
import { dontKnow } from "./vocabulary.js";

/** One option of a choice or member question in the results document. */
export interface OptionResult {
  count: number;
  /** Of those who answered the question; a multiple choice counts each option on its own. */
  share: number | null;
  wilson95: [number, number] | null;
  /** Σ weights of those who chose it / Σ weights of those who answered; present when weighted. */
  weightedShare?: number | null;
}

/** One question in the results document; which fields it has depends on its type. */
export interface QuestionResult {
  type: Question["type"];
  /** Respondents who answered it. */
  answered: number;
  options?: Record<string, OptionResult>;
  mean?: number | null;
  median?: number | null;
  sd?: number | null;
  weightedMean?: number | null;
  /** Scales: how many answered "don't know" (left out of mean, median and sd). */
  dontKnow?: number;
  /** Rankings: the mean place of each option among those who placed it, and its Borda points. */
  ranking?: Record<string, { placed: number; meanRank: number | null; borda: number }>;
  /** Matrices: per row, respondents, counts per value and the mean. */
  rows?: Record<string, { answered: number; values: Record<string, number>; mean: number | null }>;
}

/** The results document (`cwd results --json`, `GET …/results`). */
export interface SurveyResults {
  surveyId: string;
  respondents: number;
  questions: Record<string, QuestionResult>;
  /** Per section: respondents it was shown to, those who answered something in it, and the share who did not. */
  sections: Record<string, { shown: number; answered: number; dropOff: number | null }>;
  /** Post-stratification by member population, when the survey has a member question and populations are known. */
  weighting?: { question: string; weights: Record<string, number>; kishEffectiveN: number | null };
  /** The question crosstabs are by, and the smallest count they show. */
  by?: { question: string; k: number };
  /**
   * `crosstabs.<questionId>.<groupOptionId>.<optionId>`: respondents in the group who chose the option,
   * or null where fewer than k are in the cell, so nobody can be singled out.
   */
  crosstabs?: Record<string, Record<string, Record<string, number | null>>>;
}

export interface AggregateOptions {
  /** The partnership's members, for member questions and weighting. */
  members?: Member[];
  /** A choice or member question to cross every other choice and member question by. */
  by?: string;
  /** The smallest count a crosstab cell may show (default 5). */
  k?: number;
  /** Compute weighted figures when possible (default true). */
  weighted?: boolean;
}

/** Running sums of one question, within one stratum (the respondents of one member). */
interface Tally {
  answered: number;
  options: Map<string, number>;
  n: number;
  sum: number;
  sumOfSquares: number;
  values: Map<number, number>;
  dontKnow: number;
  ranks: Map<string, { placed: number; rankSum: number; borda: number }>;
  rows: Map<string, Map<number, number>>;
}

const newTally = (): Tally => ({
  answered: 0,
  options: new Map(),
  n: 0,
  sum: 0,
  sumOfSquares: 0,
  values: new Map(),
  dontKnow: 0,
  ranks: new Map(),
  rows: new Map(),
});

const bump = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = make();
  map.set(key, made);
  return made;
}

/** Choice-like questions: their answers are option ids (or a member's id). */
const isChoice = (q: Question) =>
  q.type === "single_choice" || q.type === "multiple_choice" || q.type === "member";
const optionIdsOf = (answer: Answer): string[] =>
  typeof answer === "string" ? [answer] : Array.isArray(answer) ? answer : [];

/**
 * The results of a survey from a stream of its responses, in one pass and in memory bounded by the
 * survey's size (options × members), never by the number of responses. Answers to questions a
 * respondent was not shown are left out, by the same `shownAnswers` the widget and the store use.
 *
 * Weighting is post-stratification on the survey's first member question: a respondent from member m
 * weighs (population of m / population of all members with respondents) / (respondents from m / all
 * respondents); a respondent who named no member weighs 0. It applies when every member with
 * respondents has a population.
 *
 * @example
 * const results = await aggregateSurvey(survey, store responses as an async iterable, { members, by: "gmina" });
 * results.questions.problemy.options.transport.share // 0.42
 */
export async function aggregateSurvey(
  survey: Survey,
  responses: AsyncIterable<SurveyResponse> | Iterable<SurveyResponse>,
  options: AggregateOptions = {},
): Promise<SurveyResults> {
  const questions = questionsOf(survey);
  const byQuestion = options.by === undefined ? undefined : questions.find((q) => q.id === options.by);
  if (options.by !== undefined && (!byQuestion || !isChoice(byQuestion)))
    throw new ValidationError([
      { path: "by", message: `${options.by} is not a choice or member question of this survey` },
    ]);
  const k = options.k ?? 5;
  const memberQuestion = questions.find((q) => q.type === "member");
  // Per stratum, one tally per question, by the question's position.
  const strata = new Map<string, Tally[]>();
  const strataSizes = new Map<string, number>();
  const sections = new Map(survey.sections.map((s) => [s.id, { shown: 0, answered: 0 }]));
  const crosstab = new Map<string, Map<string, Map<string, number>>>();
  let respondents = 0;
  // Without conditions every question is shown to everyone: skip deciding it per response.
  const crossed = questions.filter((q) => q.id !== byQuestion?.id && isChoice(q));
  const logic = survey.sections.some((s) => s.showIf || s.questions.some((q) => q.showIf));
  const allShown = survey.sections.map((section) => ({ section, questions: section.questions }));

  for await (const response of responses) {
    if (response.surveyId !== survey.id) continue;
    respondents++;
    const answers = logic ? shownAnswers(survey, response.answers) : response.answers;
    const memberAnswer = memberQuestion ? answerTo(answers, memberQuestion.id) : undefined;
    const stratum = typeof memberAnswer === "string" ? memberAnswer : "";
    bump(strataSizes, stratum);
    const tallies = entry(strata, stratum, () => questions.map(newTally));
    for (const { section, questions: shown } of logic ? shownSections(survey, answers) : allShown) {
      const counts = sections.get(section.id) as { shown: number; answered: number };
      counts.shown++;
      if (shown.some((q) => !isUnanswered(answerTo(answers, q.id)))) counts.answered++;
    }
    questions.forEach((question, q) => {
      const answer = answerTo(answers, question.id);
      if (!isUnanswered(answer)) count(question, answer as Answer, tallies[q] as Tally);
    });
    if (byQuestion) {
      const groups = optionIdsOf(answerTo(answers, byQuestion.id) ?? []);
      for (const question of crossed) {
        const chosen = optionIdsOf(answerTo(answers, question.id) ?? []);
        const table = entry(crosstab, question.id, () => new Map<string, Map<string, number>>());
        for (const group of groups) {
          const row = entry(table, group, () => new Map<string, number>());
          for (const option of chosen) bump(row, option);
        }
      }
    }
  }

  const weights =
    options.weighted === false || !memberQuestion
      ? undefined
      : memberWeights(strataSizes, respondents, options.members ?? []);
  const results: SurveyResults = { surveyId: survey.id, respondents, questions: {}, sections: {} };
  questions.forEach((question, q) => {
    results.questions[question.id] = questionResult(question, q, strata, weights, options.members ?? []);
  });
  for (const [id, { shown, answered }] of sections) {
    results.sections[id] = { shown, answered, dropOff: shown === 0 ? null : (shown - answered) / shown };
  }
  if (weights && memberQuestion) {
    let sumOfWeights = 0;
    let sumOfSquaredWeights = 0;
    for (const [member, w] of weights) {
      const n = strataSizes.get(member) ?? 0;
      sumOfWeights += n * w;
      sumOfSquaredWeights += n * w * w;
    }
    results.weighting = {
      question: memberQuestion.id,
      weights: Object.fromEntries(weights),
      kishEffectiveN: kishEffectiveN(sumOfWeights, sumOfSquaredWeights),
    };
  }
  if (byQuestion) {
    results.by = { question: byQuestion.id, k };
    results.crosstabs = crosstabsOf(survey, byQuestion, crosstab, k, options.members ?? []);
  }
  return results;
}

function count(question: Question, answer: Answer, tally: Tally): void {
  tally.answered++;
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
    case "member":
      for (const option of optionIdsOf(answer)) bump(tally.options, option);
      return;
    case "scale":
    case "number":
      if (answer === dontKnow) {
        tally.dontKnow++;
        return;
      }
      if (typeof answer === "number") {
        tally.n++;
        tally.sum += answer;
        tally.sumOfSquares += answer * answer;
        bump(tally.values, answer);
      }
      return;
    case "ranking": {
      const placed = optionIdsOf(answer);
      const m = question.options.length;
      placed.forEach((option, i) => {
        const entry = tally.ranks.get(option) ?? { placed: 0, rankSum: 0, borda: 0 };
        entry.placed++;
        entry.rankSum += i + 1;
        entry.borda += m - (i + 1);
        tally.ranks.set(option, entry);
      });
      return;
    }
    case "matrix":
      if (typeof answer === "object" && !Array.isArray(answer)) {
        for (const [row, value] of Object.entries(answer)) {
          bump(
            entry(tally.rows, row, () => new Map<number, number>()),
            value,
          );
        }
      }
      return;
    default:
      return;
  }
}

/** Each member's weight, or undefined when some member with respondents has no known population. */
function memberWeights(
  strataSizes: Map<string, number>,
  respondents: number,
  members: Member[],
): Map<string, number> | undefined {
  const population = new Map(members.map((m) => [m.id, m.population?.value]));
  const withRespondents = [...strataSizes.keys()].filter((id) => id !== "");
  if (withRespondents.length === 0) return undefined;
  if (withRespondents.some((id) => population.get(id) === undefined)) return undefined;
  const total = withRespondents.reduce((sum, id) => sum + (population.get(id) as number), 0);
  if (total === 0) return undefined;
  return new Map(
    withRespondents.map((id) => [
      id,
      (population.get(id) as number) / total / ((strataSizes.get(id) as number) / respondents),
    ]),
  );
}

function questionResult(
  question: Question,
  position: number,
  strata: Map<string, Tally[]>,
  weights: Map<string, number> | undefined,
  members: Member[],
): QuestionResult {
  const parts = [...strata].flatMap(([stratum, tallies]) => {
    const tally = tallies[position] as Tally;
    return tally.answered > 0 ? [{ w: weights?.get(stratum) ?? 0, tally }] : [];
  });
  const total = (pick: (t: Tally) => number) => parts.reduce((sum, p) => sum + pick(p.tally), 0);
  const weightedTotal = (pick: (t: Tally) => number) =>
    parts.reduce((sum, p) => sum + p.w * pick(p.tally), 0);
  const answered = total((t) => t.answered);
  const result: QuestionResult = { type: question.type, answered };
  if (isChoice(question)) {
    const ids =
      question.type === "member" ? surveyMembers({ members }).map((m) => m.id) : choiceIds(question as never);
    const weightedAnswered = weightedTotal((t) => t.answered);
    result.options = {};
    for (const id of ids) {
      const c = total((t) => t.options.get(id) ?? 0);
      result.options[id] = {
        count: c,
        share: answered === 0 ? null : c / answered,
        wilson95: wilson95(c, answered),
      };
      if (weights)
        result.options[id].weightedShare =
          weightedAnswered === 0 ? null : weightedTotal((t) => t.options.get(id) ?? 0) / weightedAnswered;
    }
  }
  if (question.type === "scale" || question.type === "number") {
    const n = total((t) => t.n);
    const sum = total((t) => t.sum);
    const values = new Map<number, number>();
    for (const { tally } of parts) for (const [v, c] of tally.values) bump(values, v, c);
    result.mean = n === 0 ? null : sum / n;
    result.median = medianOfCounts(values);
    result.sd = sampleSd(
      n,
      sum,
      total((t) => t.sumOfSquares),
    );
    if (weights) {
      const wn = weightedTotal((t) => t.n);
      result.weightedMean = wn === 0 ? null : weightedTotal((t) => t.sum) / wn;
    }
    if (question.type === "scale" && question.dontKnow) result.dontKnow = total((t) => t.dontKnow);
  }
  if (question.type === "ranking") {
    result.ranking = {};
    for (const option of question.options) {
      const placed = total((t) => t.ranks.get(option.id)?.placed ?? 0);
      result.ranking[option.id] = {
        placed,
        meanRank: placed === 0 ? null : total((t) => t.ranks.get(option.id)?.rankSum ?? 0) / placed,
        borda: total((t) => t.ranks.get(option.id)?.borda ?? 0),
      };
    }
  }
  if (question.type === "matrix") {
    result.rows = {};
    for (const row of question.rows) {
      const values: Record<string, number> = {};
      let n = 0;
      let sum = 0;
      for (let v = question.min; v <= question.max; v++) {
        const c = total((t) => t.rows.get(row.id)?.get(v) ?? 0);
        values[v] = c;
        n += c;
        sum += c * v;
      }
      result.rows[row.id] = { answered: n, values, mean: n === 0 ? null : sum / n };
    }
  }
  return result;
}

function crosstabsOf(
  survey: Survey,
  byQuestion: Question,
  table: Map<string, Map<string, Map<string, number>>>,
  k: number,
  members: Member[],
): NonNullable<SurveyResults["crosstabs"]> {
  const idsOf = (q: Question) =>
    q.type === "member" ? surveyMembers({ members }).map((m) => m.id) : choiceIds(q as never);
  const groups = idsOf(byQuestion);
  const crosstabs: NonNullable<SurveyResults["crosstabs"]> = {};
  for (const question of questionsOf(survey)) {
    if (question.id === byQuestion.id || !isChoice(question)) continue;
    const cells: Record<string, Record<string, number | null>> = {};
    for (const group of groups) {
      cells[group] = {};
      for (const option of idsOf(question)) {
        const c = table.get(question.id)?.get(group)?.get(option) ?? 0;
        cells[group][option] = c < k ? null : c;
      }
    }
    crosstabs[question.id] = cells;
  }
  return crosstabs;
}
