import { formatNumber } from "../internal/format.js";
import type { Lang } from "../internal/lang.js";
import { elementMessages } from "../internal/lang.js";

const percent = (lang: Lang, share: number) =>
  formatNumber(lang, share, { style: "percent", maximumFractionDigits: 0 });

export const projectRankingMessages = elementMessages({
  pl: {
    loadingRanking: "Wczytywanie rankingu…",
    loadFailed: "Nie udało się wczytać rankingu. Sprawdź połączenie z internetem i spróbuj ponownie.",
    notFound: "Nie znaleziono tej oceny projektów.",
    empty: "Nie ma jeszcze ocen projektów.",
    sample: "Przykład: dane pokazowe, nie prawdziwa ocena.",
    method: "Metoda",
    methods: { "weighted-sum": "Suma ważona", ahp: "AHP (wagi z porównań parami)", topsis: "TOPSIS" },
    weights: "Wagi kryteriów",
    weightOf: (share: number) => percent("pl", share),
    ahpConsistency: (cr: number, ok: boolean) =>
      `Współczynnik spójności CR = ${cr.toFixed(3)}${ok ? " (porównania spójne)" : " – powyżej 0,1: porównania niespójne"}.`,
    caption: "Ranking projektów",
    rank: "Miejsce",
    project: "Projekt",
    score: "Wynik",
    cost: "Koszt",
    sensitivity: "Stabilność",
    budgetLine: (budget: string, spent: string) => `Granica budżetu ${budget}: powyżej projekty za ${spent}.`,
    inTopShare: (share: number, k: number) => `w pierwszej ${k} w ${percent("pl", share)} symulacji`,
    stable: "stabilne",
    uncertain: "niepewne",
    reranked: (first: string) => `Ranking przeliczony. Pierwsze miejsce: ${first}.`,
    exportCsv: "Pobierz CSV",
  },
  en: {
    loadingRanking: "Loading the ranking…",
    loadFailed: "The ranking could not be loaded. Check your internet connection and try again.",
    notFound: "This assessment of projects was not found.",
    empty: "No project has been assessed yet.",
    sample: "Sample: demonstration data, not a real assessment.",
    method: "Method",
    methods: {
      "weighted-sum": "Weighted sum",
      ahp: "AHP (weights from pairwise comparisons)",
      topsis: "TOPSIS",
    },
    weights: "Criteria weights",
    weightOf: (share: number) => percent("en", share),
    ahpConsistency: (cr: number, ok: boolean) =>
      `Consistency ratio CR = ${cr.toFixed(3)}${ok ? " (consistent)" : ": above 0.1, the comparisons are inconsistent"}.`,
    caption: "Ranking of projects",
    rank: "Rank",
    project: "Project",
    score: "Score",
    cost: "Cost",
    sensitivity: "Stability",
    budgetLine: (budget: string, spent: string) => `Budget line ${budget}: the projects above cost ${spent}.`,
    inTopShare: (share: number, k: number) => `in the top ${k} in ${percent("en", share)} of simulations`,
    stable: "stable",
    uncertain: "uncertain",
    reranked: (first: string) => `Ranking updated. First place: ${first}.`,
    exportCsv: "Download CSV",
  },
});
export type ProjectRankingMessages = (typeof projectRankingMessages)["pl"];
