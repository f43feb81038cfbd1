import type { answerPositions, stances } from "@cwd/core";
import type { ModeratorAction } from "../comments/client.js";
import { elementMessages } from "../internal/lang.js";
import type { View } from "./views.js";

type Words<T extends readonly string[]> = Record<T[number], string>;

export const moderationMessages = elementMessages({
  pl: {
    heading: "Moderacja komentarzy",
    tokenLabel: "Token moderatora lub redaktora",
    tokenHint: "Token zostaje tylko w tej karcie przeglądarki i znika po jej zamknięciu.",
    useToken: "Użyj tokenu",
    needToken: "Wpisz token.",
    forgetToken: "Zapomnij token",
    forgotten: "Token zapomniany.",
    notAllowed: "Ten token nie pozwala moderować w tym partnerstwie.",
    conflict:
      "Ktoś inny zdążył już zmienić ten komentarz. Lista jest odświeżona: sprawdź i spróbuj ponownie.",
    failed: (message: string) => `Nie udało się: ${message}`,
    loadFailed: "Nie udało się wczytać komentarzy.",
    show: "Pokaż",
    views: {
      queue: "Do moderacji",
      awaiting: "Czekające na publikację",
      reported: "Zgłoszone przez czytelników",
      hidden: "Ukryte",
      unanswered: "Bez odpowiedzi partnerstwa",
      all: "Wszystkie komentarze",
    } satisfies Record<View, string>,
    unanswered: (n: number) =>
      n === 0
        ? "Każdy komentarz ma odpowiedź partnerstwa: raport może ją podać przy każdym."
        : `Komentarze bez odpowiedzi partnerstwa: ${n}. Raport z konsultacji musi odpowiedzieć na każdy.`,
    empty: "Nic nie czeka na moderację.",
    emptyView: "Żaden komentarz nie pasuje do tego widoku.",
    noAnswer: "bez odpowiedzi partnerstwa",
    anonymous: "Anonimowo",
    target: "Dotyczy:",
    reports: (n: number) => `zgłoszenia: ${n}`,
    status: {
      awaiting: "czeka na publikację",
      published: "opublikowany",
      hidden: "ukryty",
    },
    hiddenBy: { moderator: "przez moderację", reports: "po zgłoszeniach czytelników" },
    reason: "Powód",
    needReason: "Podaj powód.",
    actions: { publish: "Opublikuj", hide: "Ukryj", restore: "Przywróć" } satisfies Record<
      ModeratorAction,
      string
    >,
    done: {
      publish: "Komentarz opublikowany.",
      hide: "Komentarz ukryty.",
      restore: "Komentarz przywrócony.",
    } satisfies Record<ModeratorAction, string>,
    cancel: "Anuluj",
    answer: "Odpowiedz w imieniu partnerstwa",
    reviseAnswer: "Popraw odpowiedź",
    officialAnswer: "Odpowiedź partnerstwa",
    position: "Stanowisko partnerstwa",
    justification: "Uzasadnienie",
    needPosition: "Wybierz stanowisko.",
    needJustification: "Napisz uzasadnienie.",
    saveAnswer: "Zapisz odpowiedź",
    answered: "Odpowiedź zapisana.",
    stances: { in_favour: "za", neutral: "neutralnie", against: "przeciw" } satisfies Words<typeof stances>,
    positions: {
      accepted: "uwzględniona",
      partly_accepted: "uwzględniona częściowo",
      rejected: "nieuwzględniona",
      not_applicable: "nie dotyczy",
    } satisfies Words<typeof answerPositions>,
  },
  en: {
    heading: "Comment moderation",
    tokenLabel: "Moderator's or editor's token",
    tokenHint: "The token stays in this browser tab only and is gone when you close it.",
    useToken: "Use the token",
    needToken: "Enter a token.",
    forgetToken: "Forget the token",
    forgotten: "Token forgotten.",
    notAllowed: "This token may not moderate in this partnership.",
    conflict: "Someone else changed this comment first. The list is reloaded: check it and try again.",
    failed: (message: string) => `That did not work: ${message}`,
    loadFailed: "The comments could not be loaded.",
    show: "Show",
    views: {
      queue: "To moderate",
      awaiting: "Awaiting publication",
      reported: "Reported by readers",
      hidden: "Hidden",
      unanswered: "Without the partnership's answer",
      all: "Every comment",
    },
    unanswered: (n: number) =>
      n === 0
        ? "Every comment has the partnership's answer: the report can give each one."
        : `Comments without the partnership's answer: ${n}. The consultation report must answer every one.`,
    empty: "Nothing awaits moderation.",
    emptyView: "No comment fits this view.",
    noAnswer: "no answer from the partnership",
    anonymous: "Anonymous",
    target: "On:",
    reports: (n: number) => `reports: ${n}`,
    status: { awaiting: "awaiting publication", published: "published", hidden: "hidden" },
    hiddenBy: { moderator: "by moderation", reports: "after readers' reports" },
    reason: "Reason",
    needReason: "Give a reason.",
    actions: { publish: "Publish", hide: "Hide", restore: "Restore" },
    done: { publish: "Comment published.", hide: "Comment hidden.", restore: "Comment restored." },
    cancel: "Cancel",
    answer: "Answer for the partnership",
    reviseAnswer: "Revise the answer",
    officialAnswer: "The partnership's answer",
    position: "The partnership's position",
    justification: "Justification",
    needPosition: "Choose a position.",
    needJustification: "Write a justification.",
    saveAnswer: "Save the answer",
    answered: "Answer saved.",
    stances: { in_favour: "in favour", neutral: "neutral", against: "against" },
    positions: {
      accepted: "accepted",
      partly_accepted: "partly accepted",
      rejected: "rejected",
      not_applicable: "not applicable",
    },
  },
});
export type ModerationMessages = (typeof moderationMessages)["pl"];
