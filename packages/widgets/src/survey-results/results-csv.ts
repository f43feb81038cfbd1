import type { Survey, SurveyResults } from "@cwd/core";
import { questionsOf } from "@cwd/core";

const cell = (value: string | number | null | undefined) => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The results as CSV for Excel set to Polish (`;`, UTF-8 with BOM): one row per option of each choice
 * question, with count, share, interval and weighted share.
 */
export function resultsCsv(survey: Survey, results: SurveyResults): string {
  const rows: (string | number | null | undefined)[][] = [
    ["question", "option", "count", "share", "wilson95_low", "wilson95_high", "weightedShare"],
  ];
  for (const question of questionsOf(survey)) {
    for (const [option, o] of Object.entries(results.questions[question.id]?.options ?? {})) {
      rows.push([question.id, option, o.count, o.share, o.wilson95?.[0], o.wilson95?.[1], o.weightedShare]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}
