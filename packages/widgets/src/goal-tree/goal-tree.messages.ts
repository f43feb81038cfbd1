import type { ProgressStatus } from "@cwd/core";
import { plural } from "../internal/i18n.js";
import { elementMessages } from "../internal/lang.js";

export const goalTreeMessages = elementMessages({
  pl: {
    treeLabel: "Cele strategii",
    search: "Szukaj celu",
    statusFilter: "Pokaż",
    allStatuses: "wszystkie",
    status: {
      on_track: "zgodnie z planem",
      at_risk: "zagrożony",
      off_track: "opóźniony",
      no_data: "brak danych",
    } satisfies Record<ProgressStatus, string>,
    progress: "Postęp",
    expected: "oczekiwany",
    leftOut: (n: number) =>
      plural("pl", n, {
        one: "1 bez danych pominięty",
        few: "{n} bez danych pominięte",
        other: "{n} bez danych pominiętych",
      }),
    indicators: "Wskaźniki",
    noIndicators: "Ten cel nie ma własnych wskaźników.",
    indicator: "Wskaźnik",
    baseline: "Wartość bazowa",
    target: "Wartość docelowa",
    measurements: "Pomiary",
    source: "Źródło",
    lowerIsBetter: "mniej znaczy lepiej",
    sample: "przykład",
    empty: "Partnerstwo nie ma jeszcze celów.",
    nothingFound: "Żaden cel nie pasuje.",
    loadFailed: "Nie udało się wczytać celów.",
    pickGoal: "Wybierz cel, aby zobaczyć jego wskaźniki.",
  },
  en: {
    treeLabel: "Strategy goals",
    search: "Search goals",
    statusFilter: "Show",
    allStatuses: "all",
    status: { on_track: "on track", at_risk: "at risk", off_track: "off track", no_data: "no data" },
    progress: "Progress",
    expected: "expected",
    leftOut: (n: number) =>
      plural("en", n, { one: "1 without data left out", other: "{n} without data left out" }),
    indicators: "Indicators",
    noIndicators: "This goal has no indicators of its own.",
    indicator: "Indicator",
    baseline: "Baseline",
    target: "Target",
    measurements: "Measurements",
    source: "Source",
    lowerIsBetter: "lower is better",
    sample: "sample",
    empty: "The partnership has no goals yet.",
    nothingFound: "No goal matches.",
    loadFailed: "The goals could not be loaded.",
    pickGoal: "Choose a goal to see its indicators.",
  },
});
