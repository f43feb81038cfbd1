import type { AnswerProblem } from "@cwd/core";
import { warsawTime } from "../internal/format.js";
import { plural } from "../internal/i18n.js";
import type { Lang } from "../internal/lang.js";
import { elementMessages } from "../internal/lang.js";

/** A problem shown at a question: one found here, or an answer the server refused without saying why in our terms. */
export type QuestionProblem = AnswerProblem | { questionId: string; problem: "rejected" };

/**
 * A deadline as residents read it, in Polish time whatever the reader's clock says: the partnership
 * sets it in Poland. Intl does this with no library in the bundle.
 */
function deadline(lang: Lang, instant: string): string {
  return warsawTime(lang, instant, { dateStyle: "long", timeStyle: "short" });
}

const chooseAtMost = {
  pl: (max: number) =>
    plural("pl", max, {
      one: "Wybierz najwyżej 1 odpowiedź.",
      few: "Wybierz najwyżej {n} odpowiedzi.",
      other: "Wybierz najwyżej {n} odpowiedzi.",
    }),
  en: (max: number) =>
    plural("en", max, { one: "Choose at most 1 answer.", other: "Choose at most {n} answers." }),
};

export const surveyMessages = elementMessages({
  pl: {
    loadingSurvey: "Wczytywanie ankiety…",
    loadFailed: "Nie udało się wczytać ankiety. Sprawdź połączenie z internetem i spróbuj ponownie.",
    notFound: "Nie znaleziono tej ankiety. Być może została usunięta lub adres jest nieprawidłowy.",
    closed: "Ta ankieta jest zamknięta i nie przyjmuje już odpowiedzi. Dziękujemy za zainteresowanie.",
    draft: "Ta ankieta nie jest jeszcze dostępna.",
    opensAt: (opensAt: string) => `Ankieta będzie otwarta od ${deadline("pl", opensAt)} (czasu polskiego).`,
    alreadyAnswered: "Na tym urządzeniu ta ankieta została już wypełniona. Dziękujemy!",
    nextPerson: "Następna osoba",
    openUntil: (closesAt: string) =>
      `Odpowiedzi przyjmujemy do ${deadline("pl", closesAt)} (czasu polskiego).`,
    sendAnswers: "Wyślij odpowiedzi",
    sendingAnswers: "Wysyłanie odpowiedzi…",
    submitFailed:
      "Nie udało się wysłać odpowiedzi. Twoje odpowiedzi są zachowane — sprawdź połączenie i spróbuj ponownie.",
    notAccepting: "Ankieta nie przyjmuje już odpowiedzi.",
    submitRejected: "Odpowiedzi nie zostały przyjęte. Odśwież stronę i spróbuj ponownie.",
    summaryTitle: (n: number) =>
      plural("pl", n, {
        one: "Popraw 1 błąd w odpowiedziach",
        few: "Popraw {n} błędy w odpowiedziach",
        other: "Popraw {n} błędów w odpowiedziach",
      }),
    chooseAtMost: chooseAtMost.pl,
    charactersLeft: (left: number) =>
      plural("pl", left, {
        one: "Pozostał 1 znak",
        few: "Pozostały {n} znaki",
        other: "Pozostało {n} znaków",
      }),
    scaleEnd: (value: number, label: string) => `${value} – ${label}`,
    chooseOne: "— wybierz —",
    pleaseSpecify: "Jakie? Proszę wpisać:",
    moveUp: "W górę",
    moveDown: "W dół",
    rankedAt: (item: string, place: number) => `${item}: miejsce ${place}.`,
    rankTop: (top: number) => `Liczy się ${top} pierwszych pozycji.`,
    offlineNotice: (keeps: boolean): string =>
      keeps
        ? "Brak połączenia z internetem. Możesz dalej odpowiadać: wysłane odpowiedzi zapiszemy na tym urządzeniu i prześlemy, gdy połączenie wróci."
        : "Brak połączenia z internetem. Twoje odpowiedzi są zachowane na tym urządzeniu; wyślesz je, gdy połączenie wróci.",
    backOnline: "Połączenie z internetem wróciło.",
    savedTitle: "Odpowiedzi zapisane na tym urządzeniu",
    savedText:
      "Nie ma teraz połączenia z internetem. Wyślemy Twoje odpowiedzi sami, gdy połączenie wróci — także jeśli zamkniesz tę stronę i otworzysz ją później. Do tego czasu nie czyść danych przeglądarki.",
    sendNow: "Spróbuj wysłać teraz",
    next: "Dalej",
    back: "Wstecz",
    stepOf: (step: number, steps: number): string => `Część ${step} z ${steps}`,
    thanksTitle: "Dziękujemy za wypełnienie ankiety!",
    thanksText:
      "Twoje odpowiedzi zostały zapisane. Są anonimowe: nie zapisujemy imienia, adresu e-mail ani IP.",
    problem: (p: QuestionProblem): string => {
      switch (p.problem) {
        case "required":
          return "Odpowiedz na to pytanie.";
        case "too_many_choices":
          return chooseAtMost.pl(p.max);
        case "too_long":
          return plural("pl", p.max, {
            one: "Odpowiedź może mieć najwyżej 1 znak.",
            few: "Odpowiedź może mieć najwyżej {n} znaki.",
            other: "Odpowiedź może mieć najwyżej {n} znaków.",
          });
        case "out_of_range":
          return `Podaj wartość od ${p.min || "…"} do ${p.max || "…"}.`;
        case "too_few_choices":
          return `Wybierz co najmniej ${p.min}.`;
        case "none_with_others":
          return "„Żadne z powyższych” wyklucza inne odpowiedzi.";
        case "wrong_rank_count":
          return `Uszereguj ${p.expected} pozycji.`;
        case "missing_row":
          return "Odpowiedz w każdym wierszu.";
        case "not_integer":
          return "Podaj liczbę całkowitą.";
        case "other_text_missing":
          return "Wpisz, co oznacza „inne”.";
        case "unknown_row":
        case "bad_option_order":
        case "unknown_option":
        case "repeated_option":
        case "wrong_type":
        case "unknown_question":
          return "Ta odpowiedź jest nieprawidłowa. Wybierz ją ponownie.";
        case "rejected":
          return "Ta odpowiedź nie została przyjęta. Sprawdź ją i popraw.";
      }
    },
  },
  en: {
    loadingSurvey: "Loading the survey…",
    loadFailed: "The survey could not be loaded. Check your internet connection and try again.",
    notFound: "This survey was not found. It may have been removed, or the address is wrong.",
    closed: "This survey is closed and no longer takes responses. Thank you for your interest.",
    draft: "This survey is not available yet.",
    opensAt: (opensAt) => `The survey opens on ${deadline("en", opensAt)} (Polish time).`,
    alreadyAnswered: "This survey has already been completed on this device. Thank you!",
    nextPerson: "Next person",
    openUntil: (closesAt) => `Answers are accepted until ${deadline("en", closesAt)} (Polish time).`,
    sendAnswers: "Send answers",
    sendingAnswers: "Sending your answers…",
    submitFailed: "Your answers could not be sent. They are kept — check your connection and try again.",
    notAccepting: "This survey no longer takes responses.",
    submitRejected: "Your answers were not accepted. Reload the page and try again.",
    summaryTitle: (n) =>
      plural("en", n, {
        one: "Correct 1 problem in your answers",
        other: "Correct {n} problems in your answers",
      }),
    chooseAtMost: chooseAtMost.en,
    charactersLeft: (left) => plural("en", left, { one: "1 character left", other: "{n} characters left" }),
    scaleEnd: (value, label) => `${value} – ${label}`,
    chooseOne: "— choose —",
    pleaseSpecify: "Which? Please type:",
    moveUp: "Up",
    moveDown: "Down",
    rankedAt: (item, place) => `${item}: place ${place}.`,
    rankTop: (top) => `The first ${top} places count.`,
    offlineNotice: (keeps) =>
      keeps
        ? "You are offline. You can keep answering: when you send, your answers are saved on this device and sent when you are back online."
        : "You are offline. Your answers are kept on this device; you can send them when you are back online.",
    backOnline: "You are back online.",
    savedTitle: "Answers saved on this device",
    savedText:
      "There is no internet connection just now. Your answers will be sent by themselves when you are back online, even if you close this page and open it later. Until then, do not clear your browser's data.",
    sendNow: "Try to send now",
    next: "Next",
    back: "Back",
    stepOf: (step, steps) => `Section ${step} of ${steps}`,
    thanksTitle: "Thank you for completing the survey!",
    thanksText: "Your answers have been saved. They are anonymous: we keep no name, e-mail address or IP.",
    problem: (p) => {
      switch (p.problem) {
        case "required":
          return "Answer this question.";
        case "too_many_choices":
          return chooseAtMost.en(p.max);
        case "too_long":
          return plural("en", p.max, {
            one: "The answer can have at most 1 character.",
            other: "The answer can have at most {n} characters.",
          });
        case "out_of_range":
          return `Give a value from ${p.min || "…"} to ${p.max || "…"}.`;
        case "too_few_choices":
          return `Choose at least ${p.min}.`;
        case "none_with_others":
          return "“None of these” excludes the other answers.";
        case "wrong_rank_count":
          return `Rank ${p.expected} items.`;
        case "missing_row":
          return "Answer in every row.";
        case "not_integer":
          return "Give a whole number.";
        case "other_text_missing":
          return "Say what “other” means.";
        case "unknown_row":
        case "bad_option_order":
        case "unknown_option":
        case "repeated_option":
        case "wrong_type":
        case "unknown_question":
          return "This answer is not valid. Please choose it again.";
        case "rejected":
          return "This answer was not accepted. Please check and correct it.";
      }
    },
  },
});

/** The survey's messages in one language, shared words included. */
export type SurveyMessages = (typeof surveyMessages)[Lang];
