import { elementMessages } from "../internal/messages.js";

export const indicatorChartMessages = elementMessages({
  pl: {
    members: "Pokaż gminy",
    line: "Linie",
    bars: "Słupki",
    chartType: "Wykres",
    target: "Cel",
    year: "Rok",
    member: "Gmina",
    table: "Dane wykresu",
    source: "Źródło",
    sample: "dane przykładowe",
    empty: "Brak danych dla wybranych gmin.",
    loadFailed: "Nie udało się wczytać danych.",
  },
  en: {
    members: "Show members",
    line: "Lines",
    bars: "Bars",
    chartType: "Chart",
    target: "Target",
    year: "Year",
    member: "Member",
    table: "Chart data",
    source: "Source",
    sample: "sample data",
    empty: "No data for the members chosen.",
    loadFailed: "The data could not be loaded.",
  },
});
