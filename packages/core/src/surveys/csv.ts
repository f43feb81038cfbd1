import type { Answer, SurveyResponse } from "../schema/response.js";
import type { Question, Survey } from "../schema/survey.js";
import { answerTo, choiceIds, questionsOf } from "./answers.js";
import { shownAnswers } from "./logic.js";
import { otherOptionId } from "./vocabulary.js";

export interface CsvOptions {
  /** `,` (default) or `;`, which Excel set to Polish expects. */
  separator?: "," | ";";
}

/** A column: its header and how to read a response's answers into it. */
interface Column {
  header: string;
  value: (answers: Record<string, Answer>, response: SurveyResponse) => string | number | undefined;
}

function columnsOf(question: Question): Column[] {
  const answer = (answers: Record<string, Answer>) => answerTo(answers, question.id);
  switch (question.type) {
    case "multiple_choice": {
      // One column per option, 1 or 0, so a spreadsheet counts options rather than combinations.
      const chosen = (answers: Record<string, Answer>) => {
        const value = answer(answers);
        return Array.isArray(value) ? value : undefined;
      };
      const columns: Column[] = choiceIds(question).map((id) => ({
        header: `${question.id}.${id}`,
        value: (answers) => (chosen(answers) ? (chosen(answers)?.includes(id) ? 1 : 0) : undefined),
      }));
      if (!question.other) return columns;
      const otherText: Column = {
        header: `${question.id}.other-text`,
        value: (answers, r) =>
          chosen(answers)?.includes(otherOptionId) && r.other && Object.hasOwn(r.other, question.id)
            ? r.other[question.id]
            : undefined,
      };
      return [...columns, otherText];
    }
    case "ranking":
      return question.options.map(({ id }) => ({
        header: `${question.id}.${id}`,
        value: (answers) => {
          const order = answer(answers);
          return Array.isArray(order) && order.includes(id) ? order.indexOf(id) + 1 : undefined;
        },
      }));
    case "matrix":
      return question.rows.map(({ id }) => ({
        header: `${question.id}.${id}`,
        value: (answers) => {
          const values = answer(answers);
          return values && typeof values === "object" && !Array.isArray(values) && Object.hasOwn(values, id)
            ? values[id]
            : undefined;
        },
      }));
    default: {
      const main: Column = {
        header: question.id,
        value: (answers) => {
          const value = answer(answers);
          return typeof value === "boolean" ? (value ? 1 : 0) : (value as string | number | undefined);
        },
      };
      if (question.type !== "single_choice" || !question.other) return [main];
      const otherText: Column = {
        header: `${question.id}.other-text`,
        value: (answers, r) =>
          answer(answers) === otherOptionId && r.other && Object.hasOwn(r.other, question.id)
            ? r.other[question.id]
            : undefined,
      };
      return [main, otherText];
    }
  }
}

function cell(value: string | number | undefined, separator: string): string {
  if (value === undefined) return "";
  const text = String(value);
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A survey's responses as CSV, one line at a time, for streaming to a file or a download: a header,
 * then one row per response and one column per question (one per option for multiple choice and
 * ranking, one per row for a matrix). UTF-8 with a byte-order mark, CRLF line ends, so Excel opens
 * Polish letters right; choose `;` for Excel set to Polish. Answers to hidden questions are left out.
 *
 * @example
 * for await (const line of surveyCsv(survey, responses, { separator: ";" })) out.write(line);
 */
export async function* surveyCsv(
  survey: Survey,
  responses: AsyncIterable<SurveyResponse> | Iterable<SurveyResponse>,
  options: CsvOptions = {},
): AsyncGenerator<string> {
  const separator = options.separator ?? ",";
  const columns = questionsOf(survey).flatMap(columnsOf);
  const line = (cells: (string | number | undefined)[]) =>
    `${cells.map((c) => cell(c, separator)).join(separator)}\r\n`;
  yield `\uFEFF${line(["id", "submittedAt", ...columns.map((c) => c.header)])}`;
  for await (const response of responses) {
    if (response.surveyId !== survey.id) continue;
    const answers = shownAnswers(survey, response.answers);
    yield line([response.id, response.submittedAt, ...columns.map((c) => c.value(answers, response))]);
  }
}
