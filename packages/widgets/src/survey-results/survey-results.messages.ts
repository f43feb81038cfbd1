import { formatNumber } from "../internal/format.js";
import { elementMessages } from "../internal/lang.js";

const percent = (lang: "pl" | "en", share: number | null | undefined) =>
  share === null || share === undefined
    ? "–"
    : formatNumber(lang, share, { style: "percent", maximumFractionDigits: 1 });
const decimal = (lang: "pl" | "en", value: number | null | undefined) =>
  value === null || value === undefined ? "–" : formatNumber(lang, value);

export const resultsMessages = elementMessages({
  pl: {
    loadingResults: "Wczytywanie wyników…",
    loadFailed: "Nie udało się wczytać wyników. Sprawdź połączenie i spróbuj ponownie.",
    notPublic: "Wyniki tej ankiety nie są jeszcze publiczne: zostaną opublikowane po jej zakończeniu.",
    respondents: (n: number) => `Liczba respondentów: ${n}`,
    answered: (n: number) => `Odpowiedzi na to pytanie: ${n}`,
    option: "Odpowiedź",
    count: "Liczba",
    share: "Odsetek",
    interval: "95% przedział ufności",
    weightedShare: "Odsetek ważony",
    weighted: "Pokaż odsetki ważone liczbą mieszkańców gmin",
    kish: (n: number | null) => `Efektywna liczebność próby po ważeniu (Kish): ${decimal("pl", n)}`,
    by: "Zestawienie według pytania",
    filter: "Pokaż odpowiedzi osób, które wybrały",
    everyone: "— wszystkich —",
    audience: (audience: string) =>
      `Ankieta dla: ${{ pupils: "uczniów", residents: "mieszkańców", leaders: "liderów lokalnych" }[audience] ?? audience}`,
    none: "— bez zestawienia —",
    suppressed: (k: number) => `mniej niż ${k}`,
    suppressionNote: (k: number) =>
      `Komórki z mniej niż ${k} osobami są ukryte, aby nikogo nie dało się rozpoznać.`,
    means: (
      mean: number | null | undefined,
      median: number | null | undefined,
      sd: number | null | undefined,
    ) =>
      `Średnia ${decimal("pl", mean)}, mediana ${decimal("pl", median)}, odchylenie standardowe ${decimal("pl", sd)}`,
    weightedMean: (mean: number | null | undefined) => `Średnia ważona ${decimal("pl", mean)}`,
    downloadCsv: "Pobierz wyniki (CSV)",
    percent: (share: number | null | undefined) => percent("pl", share),
  },
  en: {
    loadingResults: "Loading the results…",
    loadFailed: "The results could not be loaded. Check your connection and try again.",
    notPublic: "The results of this survey are not public yet: they will be published when it closes.",
    respondents: (n) => `Respondents: ${n}`,
    answered: (n) => `Answers to this question: ${n}`,
    option: "Answer",
    count: "Count",
    share: "Share",
    interval: "95% confidence interval",
    weightedShare: "Weighted share",
    weighted: "Show shares weighted by the gminy's populations",
    kish: (n) => `Effective sample size after weighting (Kish): ${decimal("en", n)}`,
    by: "Cross by question",
    filter: "Show the answers of people who chose",
    everyone: "— everyone —",
    audience: (audience) =>
      `Survey for: ${{ pupils: "pupils", residents: "residents", leaders: "local leaders" }[audience] ?? audience}`,
    none: "— no crosstab —",
    suppressed: (k) => `fewer than ${k}`,
    suppressionNote: (k) => `Cells with fewer than ${k} people are hidden so that nobody can be singled out.`,
    means: (mean, median, sd) =>
      `Mean ${decimal("en", mean)}, median ${decimal("en", median)}, standard deviation ${decimal("en", sd)}`,
    weightedMean: (mean) => `Weighted mean ${decimal("en", mean)}`,
    downloadCsv: "Download the results (CSV)",
    percent: (share) => percent("en", share),
  },
});
export type ResultsMessages = (typeof resultsMessages)["pl"];
