import type { answerPositions, stances } from "@cwd/core";
import { plural } from "../internal/i18n.js";
import { elementMessages } from "../internal/lang.js";

type Words<T extends readonly string[]> = Record<T[number], string>;

export const consultationMessages = elementMessages({
  pl: {
    loadFailed: "Nie udało się wczytać konsultacji.",
    upcoming: (date: string) => `Konsultacje rozpoczną się ${date}.`,
    closesAt: (date: string) => `Uwagi przyjmujemy do ${date}.`,
    left: (days: number, hours: number) =>
      `Zostało: ${plural("pl", days, { one: "{n} dzień", other: "{n} dni" })}, ${plural("pl", hours, { one: "{n} godzina", few: "{n} godziny", many: "{n} godzin", other: "{n} godziny" })}.`,
    lastHour: (minutes: number) => `Zostało ${minutes} min.`,
    closed: (date: string) =>
      `Konsultacje zakończyły się ${date}. Raport z konsultacji zostanie tu opublikowany.`,
    closedNow: "Konsultacje właśnie się zakończyły.",
    reported: (date: string) => `Konsultacje zakończone. Raport opublikowano ${date}.`,
    channels: "Uwagi można też zgłosić:",
    commentParagraph: "Skomentuj ten akapit",
    commentSection: "Skomentuj cały rozdział",
    commentPassage: "Skomentuj zaznaczony fragment",
    showComments: "Pokaż komentarze",
    hideComments: "Zamknij komentarze",
    opened: "Komentarze i formularz otwarte poniżej.",
    paragraph: (n: number) => `Akapit ${n}`,
    report: "Raport z konsultacji",
    counts: (comments: number, answered: number) => `Uwag: ${comments}, z odpowiedzią: ${answered}.`,
    byStance: "Według stanowiska",
    entry: (n: number, target: string) => `Uwaga ${n} — ${target}`,
    hidden: "Treść ukryta przez moderację.",
    noAnswer: "Bez odpowiedzi.",
    stances: { in_favour: "za", neutral: "neutralnie", against: "przeciw" } satisfies Words<typeof stances>,
    positions: {
      accepted: "uwzględniona",
      partly_accepted: "uwzględniona częściowo",
      rejected: "nieuwzględniona",
      not_applicable: "nie dotyczy",
    } satisfies Words<typeof answerPositions>,
  },
  en: {
    loadFailed: "The consultation could not be loaded.",
    upcoming: (date: string) => `The consultation opens on ${date}.`,
    closesAt: (date: string) => `Comments are taken until ${date}.`,
    left: (days: number, hours: number) =>
      `Time left: ${plural("en", days, { one: "{n} day", other: "{n} days" })}, ${plural("en", hours, { one: "{n} hour", other: "{n} hours" })}.`,
    lastHour: (minutes: number) => `${minutes} min left.`,
    closed: (date: string) => `The consultation closed on ${date}. Its report will be published here.`,
    closedNow: "The consultation has just closed.",
    reported: (date: string) => `The consultation is over. Its report was published on ${date}.`,
    channels: "Comments are also taken:",
    commentParagraph: "Comment on this paragraph",
    commentSection: "Comment on the whole section",
    commentPassage: "Comment on the selected passage",
    showComments: "Show comments",
    hideComments: "Close comments",
    opened: "Comments and the form are open below.",
    paragraph: (n: number) => `Paragraph ${n}`,
    report: "Report on the consultation",
    counts: (comments: number, answered: number) => `Comments: ${comments}, answered: ${answered}.`,
    byStance: "By stance",
    entry: (n: number, target: string) => `Comment ${n} — ${target}`,
    hidden: "Text hidden by moderation.",
    noAnswer: "No answer.",
    stances: { in_favour: "in favour", neutral: "neutral", against: "against" },
    positions: {
      accepted: "accepted",
      partly_accepted: "partly accepted",
      rejected: "rejected",
      not_applicable: "not applicable",
    },
  },
});

export type ConsultationMessages = (typeof consultationMessages)["pl"];
