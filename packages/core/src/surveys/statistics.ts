import type { Member } from "../schema/partnership.js";
import type { Answer, SurveyResponse } from "../schema/response.js";
import type { Question, Survey } from "../schema/survey.js";
import { ValidationError } from "../store/errors.js";
import { answerTo, choiceIds, isUnanswered, questionsOf } from "./answers.js";
import { kishEffectiveN, medianOfCounts, sampleSd, wilson95 } from "./estimates.js";
import { shownAnswers, shownSections } from "./logic.js";
import { surveyMembers } from "./members.js";
import { suppressSmall } from "./suppression.js";
import { dontKnow } from "./vocabulary.js";

/** One option of a choice or member question in the results document. */
export interface OptionResult {
  /** null (with the share and interval) where a filtered result has fewer than k in it. */
  count: number | null;
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
  /** The respondents counted, when filtered: figures on fewer than k of them are suppressed. */
  where?: RespondentFilter & { k: number };
}

/** Respondents whose answer to `question` (a choice or member question) is, or includes, `option`. */
export interface RespondentFilter {
  question: string;
  option: string;
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
  /** Count only the respondents whose answer to a choice or member question is, or includes, an option. */
  where?: RespondentFilter;
}

/** A question as the tallies see it: its option ids and each id's position in the counts. */
interface QuestionPlan {
  question: Question;
  optionIds: string[];
  optionIndex: Map<string, number>;
}

/** Running sums of one question, within one stratum (the respondents of one member). */
interface Tally {
  answered: number;
  /** Respondents per option, by the option's position in the plan (choice and member questions). */
  options: Int32Array;
  n: number;
  sum: number;
  sumOfSquares: number;
  values: Map<number, number>;
  dontKnow: number;
  ranks: Map<string, { placed: number; rankSum: number; borda: number }>;
  rows: Map<string, Map<number, number>>;
}

const newTally = (plan: QuestionPlan): Tally => ({
  answered: 0,
  options: new Int32Array(plan.optionIds.length),
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

function planOf(question: Question, members: Member[]): QuestionPlan {
  const optionIds = !isChoice(question)
    ? []
    : question.type === "member"
      ? surveyMembers({ members }).map((m) => m.id)
      : choiceIds(question as never);
  return { question, optionIds, optionIndex: new Map(optionIds.map((id, i) => [id, i])) };
}

/**
 * Writes the positions of the known options an answer chose into `into` from `at` on, and returns
 * how many: the buffer is reused for every response, so counting allocates nothing.
 */
function chosenPositions(
  answer: Answer | undefined,
  plan: QuestionPlan,
  into: Int32Array,
  at: number,
): number {
  if (typeof answer === "string") {
    const i = plan.optionIndex.get(answer);
    if (i === undefined) return 0;
    into[at] = i;
    return 1;
  }
  if (!Array.isArray(answer)) return 0;
  let found = 0;
  for (const option of answer) {
    const i = plan.optionIndex.get(option);
    if (i !== undefined) into[at + found++] = i;
  }
  return found;
}

function increment(counts: Int32Array, at: number): void {
  counts[at] = (counts[at] as number) + 1;
}

function answeredAny(questions: Question[], answers: Record<string, Answer>): boolean {
  for (const question of questions) if (!isUnanswered(answerTo(answers, question.id))) return true;
  return false;
}

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
  const where = options.where;
  const whereQuestion = where && questions.find((q) => q.id === where.question);
  if (where && (!whereQuestion || !isChoice(whereQuestion)))
    throw new ValidationError([
      { path: "where", message: `${where.question} is not a choice or member question of this survey` },
    ]);
  const k = options.k ?? 5;
  const members = options.members ?? [];
  const memberQuestion = questions.find((q) => q.type === "member");
  // Options are counted by position in typed arrays: each response's chosen positions are found once
  // per question, into one reused buffer, for the tallies and the crosstabs alike, so the loop over
  // responses allocates nothing per answer.
  const plans = questions.map((q) => planOf(q, members));
  const width = Math.max(1, ...plans.map((p) => p.optionIds.length));
  const positions = new Int32Array(plans.length * width);
  const chosen = new Int32Array(plans.length);
  // Per stratum, one tally per question, by the question's position.
  const strata = new Map<string, Tally[]>();
  const strataSizes = new Map<string, number>();
  const sections = new Map(survey.sections.map((s) => [s.id, { shown: 0, answered: 0 }]));
  const byIndex = plans.findIndex((p) => p.question.id === byQuestion?.id);
  const byPlan = plans[byIndex];
  // Per crossed question, respondents by group position × option position.
  const crossed = byPlan ? plans.filter((p) => p !== byPlan && isChoice(p.question)) : [];
  const crossedIndex = crossed.map((p) => plans.indexOf(p));
  const crosstab = crossed.map((p) => new Int32Array((byPlan?.optionIds.length ?? 0) * p.optionIds.length));
  let respondents = 0;
  // Without conditions every question is shown to everyone: skip deciding it per response.
  const logic = survey.sections.some((s) => s.showIf || s.questions.some((q) => q.showIf));
  const allShown = survey.sections.map((section) => ({ section, questions: section.questions }));

  for await (const response of responses) {
    if (response.surveyId !== survey.id) continue;
    const answers = logic ? shownAnswers(survey, response.answers) : response.answers;
    if (where && !chose(answerTo(answers, where.question), where.option)) continue;
    respondents++;
    const memberAnswer = memberQuestion ? answerTo(answers, memberQuestion.id) : undefined;
    const stratum = typeof memberAnswer === "string" ? memberAnswer : "";
    strataSizes.set(stratum, (strataSizes.get(stratum) ?? 0) + 1);
    let tallies = strata.get(stratum);
    if (!tallies) {
      tallies = plans.map(newTally);
      strata.set(stratum, tallies);
    }
    for (const { section, questions: shown } of logic ? shownSections(survey, answers) : allShown) {
      const counts = sections.get(section.id) as { shown: number; answered: number };
      counts.shown++;
      if (answeredAny(shown, answers)) counts.answered++;
    }
    for (let q = 0; q < plans.length; q++) {
      const plan = plans[q] as QuestionPlan;
      const answer = answerTo(answers, plan.question.id);
      chosen[q] = plan.optionIds.length > 0 ? chosenPositions(answer, plan, positions, q * width) : 0;
      if (isUnanswered(answer)) continue;
      const tally = tallies[q] as Tally;
      for (let i = 0; i < (chosen[q] as number); i++)
        increment(tally.options, positions[q * width + i] as number);
      count(plan.question, answer as Answer, tally);
    }
    if (byPlan) {
      const groups = chosen[byIndex] as number;
      for (let c = 0; c < crossed.length; c++) {
        const q = crossedIndex[c] as number;
        const table = crosstab[c] as Int32Array;
        const options = (crossed[c] as QuestionPlan).optionIds.length;
        for (let g = 0; g < groups; g++) {
          const row = (positions[byIndex * width + g] as number) * options;
          for (let o = 0; o < (chosen[q] as number); o++)
            increment(table, row + (positions[q * width + o] as number));
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
    results.questions[question.id] = questionResult(plans[q] as QuestionPlan, q, strata, weights);
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
  if (byPlan) {
    results.by = { question: byPlan.question.id, k };
    results.crosstabs = crosstabsOf(byPlan, crossed, crosstab, k);
  }
  if (where) {
    results.where = { ...where, k };
    for (const result of Object.values(results.questions)) suppressSmall(result, k);
  }
  return results;
}

const chose = (answer: Answer | undefined, option: string) =>
  answer === option || (Array.isArray(answer) && answer.includes(option));

/** Counts an answer's sums; the options of choice questions are counted by position beforehand. */
function count(question: Question, answer: Answer, tally: Tally): void {
  tally.answered++;
  switch (question.type) {
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
  plan: QuestionPlan,
  position: number,
  strata: Map<string, Tally[]>,
  weights: Map<string, number> | undefined,
): QuestionResult {
  const question = plan.question;
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
    const weightedAnswered = weightedTotal((t) => t.answered);
    result.options = {};
    for (const [i, id] of plan.optionIds.entries()) {
      const c = total((t) => t.options[i] as number);
      result.options[id] = {
        count: c,
        share: answered === 0 ? null : c / answered,
        wilson95: wilson95(c, answered),
      };
      if (weights)
        result.options[id].weightedShare =
          weightedAnswered === 0 ? null : weightedTotal((t) => t.options[i] as number) / weightedAnswered;
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
  byPlan: QuestionPlan,
  crossed: QuestionPlan[],
  tables: Int32Array[],
  k: number,
): NonNullable<SurveyResults["crosstabs"]> {
  const crosstabs: NonNullable<SurveyResults["crosstabs"]> = {};
  crossed.forEach((plan, c) => {
    const table = tables[c] as Int32Array;
    const cells: Record<string, Record<string, number | null>> = {};
    byPlan.optionIds.forEach((group, g) => {
      const row: Record<string, number | null> = {};
      plan.optionIds.forEach((option, o) => {
        const count = table[g * plan.optionIds.length + o] as number;
        row[option] = count < k ? null : count;
      });
      cells[group] = row;
    });
    crosstabs[plan.question.id] = cells;
  });
  return crosstabs;
}
