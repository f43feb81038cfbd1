import type { AnswerProblem, LocalisedText } from "@cwd/core";

export type Lang = "pl" | "en";

/** A problem shown at a question: one found here, or an answer the server refused without saying why in our terms. */
export type QuestionProblem = AnswerProblem | { questionId: string; problem: "rejected" };

/** Any `lang` value a page may give ("en-GB", "PL") to one of the languages we speak; Polish by default. */
export function languageOf(lang: string | null | undefined): Lang {
  return lang?.toLowerCase().startsWith("en") ? "en" : "pl";
}

/** Text of the partnership in the reader's language, Polish when there is no translation. */
export function localised(text: LocalisedText, lang: Lang): string {
  return lang === "en" ? (text.en ?? text.pl) : text.pl;
}

/** Plural forms follow Intl.PluralRules: Polish needs one / few / many ("1 znak, 2 znaki, 5 znaków"). */
type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

function plural(lang: Lang, n: number, forms: Plural): string {
  const form = forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
  return form.replace("{n}", String(n));
}

/**
 * A deadline as residents read it, in Polish time whatever the reader's clock says: the partnership
 * sets it in Poland. Intl does this with no library in the bundle.
 */
function deadline(lang: Lang, instant: string): string {
  return new Intl.DateTimeFormat(lang === "pl" ? "pl-PL" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Warsaw",
  }).format(new Date(instant));
}

export interface Messages {
  loading: string;
  loadFailed: string;
  notFound: string;
  retry: string;
  closed: string;
  draft: string;
  openUntil: (closesAt: string) => string;
  required: string;
  submit: string;
  submitting: string;
  submitFailed: string;
  notAccepting: string;
  submitRejected: string;
  errorPrefix: string;
  summaryTitle: (count: number) => string;
  chooseAtMost: (max: number) => string;
  charactersLeft: (left: number) => string;
  scaleEnd: (value: number, label: string) => string;
  thanksTitle: string;
  thanksText: string;
  problem: (problem: QuestionProblem) => string;
}

const pl: Messages = {
  loading: "Wczytywanie ankiety…",
  loadFailed: "Nie udało się wczytać ankiety. Sprawdź połączenie z internetem i spróbuj ponownie.",
  notFound: "Nie znaleziono tej ankiety. Być może została usunięta lub adres jest nieprawidłowy.",
  retry: "Spróbuj ponownie",
  closed: "Ta ankieta jest zamknięta i nie przyjmuje już odpowiedzi. Dziękujemy za zainteresowanie.",
  draft: "Ta ankieta nie jest jeszcze dostępna.",
  openUntil: (closesAt) => `Odpowiedzi przyjmujemy do ${deadline("pl", closesAt)} (czasu polskiego).`,
  required: "(wymagane)",
  submit: "Wyślij odpowiedzi",
  submitting: "Wysyłanie odpowiedzi…",
  submitFailed:
    "Nie udało się wysłać odpowiedzi. Twoje odpowiedzi są zachowane — sprawdź połączenie i spróbuj ponownie.",
  notAccepting: "Ankieta nie przyjmuje już odpowiedzi.",
  submitRejected: "Odpowiedzi nie zostały przyjęte. Odśwież stronę i spróbuj ponownie.",
  errorPrefix: "Błąd:",
  summaryTitle: (n) =>
    plural("pl", n, {
      one: "Popraw 1 błąd w odpowiedziach",
      few: "Popraw {n} błędy w odpowiedziach",
      other: "Popraw {n} błędów w odpowiedziach",
    }),
  chooseAtMost: (max) =>
    plural("pl", max, {
      one: "Wybierz najwyżej 1 odpowiedź.",
      few: "Wybierz najwyżej {n} odpowiedzi.",
      other: "Wybierz najwyżej {n} odpowiedzi.",
    }),
  charactersLeft: (left) =>
    plural("pl", left, {
      one: "Pozostał 1 znak",
      few: "Pozostały {n} znaki",
      other: "Pozostało {n} znaków",
    }),
  scaleEnd: (value, label) => `${value} – ${label}`,
  thanksTitle: "Dziękujemy za wypełnienie ankiety!",
  thanksText:
    "Twoje odpowiedzi zostały zapisane. Są anonimowe: nie zapisujemy imienia, adresu e-mail ani IP.",
  problem: (p) => {
    switch (p.problem) {
      case "required":
        return "Odpowiedz na to pytanie.";
      case "too_many_choices":
        return pl.chooseAtMost(p.max);
      case "too_long":
        return plural("pl", p.max, {
          one: "Odpowiedź może mieć najwyżej 1 znak.",
          few: "Odpowiedź może mieć najwyżej {n} znaki.",
          other: "Odpowiedź może mieć najwyżej {n} znaków.",
        });
      case "out_of_range":
        return `Wybierz liczbę od ${p.min} do ${p.max}.`;
      case "unknown_option":
      case "repeated_option":
      case "wrong_type":
      case "unknown_question":
        return "Ta odpowiedź jest nieprawidłowa. Wybierz ją ponownie.";
      case "rejected":
        return "Ta odpowiedź nie została przyjęta. Sprawdź ją i popraw.";
    }
  },
};

const en: Messages = {
  loading: "Loading the survey…",
  loadFailed: "The survey could not be loaded. Check your internet connection and try again.",
  notFound: "This survey was not found. It may have been removed, or the address is wrong.",
  retry: "Try again",
  closed: "This survey is closed and no longer takes responses. Thank you for your interest.",
  draft: "This survey is not available yet.",
  openUntil: (closesAt) => `Answers are accepted until ${deadline("en", closesAt)} (Polish time).`,
  required: "(required)",
  submit: "Send answers",
  submitting: "Sending your answers…",
  submitFailed: "Your answers could not be sent. They are kept — check your connection and try again.",
  notAccepting: "This survey no longer takes responses.",
  submitRejected: "Your answers were not accepted. Reload the page and try again.",
  errorPrefix: "Error:",
  summaryTitle: (n) =>
    plural("en", n, {
      one: "Correct 1 problem in your answers",
      other: "Correct {n} problems in your answers",
    }),
  chooseAtMost: (max) =>
    plural("en", max, { one: "Choose at most 1 answer.", other: "Choose at most {n} answers." }),
  charactersLeft: (left) => plural("en", left, { one: "1 character left", other: "{n} characters left" }),
  scaleEnd: (value, label) => `${value} – ${label}`,
  thanksTitle: "Thank you for completing the survey!",
  thanksText: "Your answers have been saved. They are anonymous: we keep no name, e-mail address or IP.",
  problem: (p) => {
    switch (p.problem) {
      case "required":
        return "Answer this question.";
      case "too_many_choices":
        return en.chooseAtMost(p.max);
      case "too_long":
        return plural("en", p.max, {
          one: "The answer can have at most 1 character.",
          other: "The answer can have at most {n} characters.",
        });
      case "out_of_range":
        return `Choose a number from ${p.min} to ${p.max}.`;
      case "unknown_option":
      case "repeated_option":
      case "wrong_type":
      case "unknown_question":
        return "This answer is not valid. Please choose it again.";
      case "rejected":
        return "This answer was not accepted. Please check and correct it.";
    }
  },
};

export const messages: Record<Lang, Messages> = { pl, en };
