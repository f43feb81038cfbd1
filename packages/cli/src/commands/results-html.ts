import type { LocalisedText, Survey, SurveyResults } from "@cwd/core";
import { questionsOf } from "@cwd/core";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);
const pl = (text: LocalisedText) => escapeHtml(text.pl);
const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? "–" : `${(share * 100).toFixed(1).replace(".", ",")}%`;
const number = (value: number | null | undefined) =>
  value === null || value === undefined ? "–" : value.toFixed(2).replace(".", ",");

/**
 * A printable report of a survey's results in Polish: per question a table of counts, shares with
 * their 95% intervals and weighted shares, or the mean, median and deviation.
 */
export function resultsHtml(survey: Survey, results: SurveyResults): string {
  const sections = questionsOf(survey).map((question) => {
    const result = results.questions[question.id];
    if (!result) return "";
    const head = `<h2>${pl(question.text)}</h2><p>Odpowiedzi: ${result.answered} z ${results.respondents}</p>`;
    if (result.options) {
      const label = (id: string) =>
        escapeHtml(
          ("options" in question ? question.options.find((o) => o.id === id)?.label.pl : undefined) ?? id,
        );
      const rows = Object.entries(result.options)
        .map(
          ([id, o]) =>
            `<tr><th scope="row">${label(id)}</th><td>${o.count ?? "–"}</td><td>${percent(o.share)}</td><td>${
              o.wilson95 ? `${percent(o.wilson95[0])} – ${percent(o.wilson95[1])}` : "–"
            }</td>${results.weighting ? `<td>${percent(o.weightedShare)}</td>` : ""}</tr>`,
        )
        .join("");
      return `${head}<table><thead><tr><th>Odpowiedź</th><th>Liczba</th><th>Odsetek</th><th>95% przedział</th>${
        results.weighting ? "<th>Odsetek ważony</th>" : ""
      }</tr></thead><tbody>${rows}</tbody></table>`;
    }
    if (result.mean !== undefined) {
      return `${head}<p>Średnia ${number(result.mean)}, mediana ${number(result.median)}, odchylenie standardowe ${number(result.sd)}${
        results.weighting ? `, średnia ważona ${number(result.weightedMean)}` : ""
      }</p>`;
    }
    return head;
  });
  const weighting = results.weighting
    ? `<p>Wyniki ważone liczbą mieszkańców gmin; efektywna liczebność próby (Kish): ${number(results.weighting.kishEffectiveN)}.</p>`
    : "";
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>${pl(survey.title)} – wyniki</title>
<style>body{font:14px/1.4 system-ui,sans-serif;max-width:50rem;margin:2rem auto}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.25rem .5rem;text-align:left}td{text-align:right}@media print{h2{break-after:avoid}}</style>
</head><body><h1>${pl(survey.title)}</h1><p>Liczba respondentów: ${results.respondents}</p>${weighting}${sections.join("\n")}</body></html>
`;
}
