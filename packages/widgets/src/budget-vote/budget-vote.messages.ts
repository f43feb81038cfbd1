import type { BudgetRejection } from "@cwd/core";
import { plural } from "../internal/i18n.js";
import type { Lang } from "../internal/lang.js";
import { elementMessages } from "../internal/messages.js";

/** Money as residents read it: `1 200 000 zł`, from grosze. */
export function money(lang: Lang, minor: number, currency: string): string {
  return new Intl.NumberFormat(lang === "pl" ? "pl-PL" : "en-GB", {
    style: "currency",
    currency,
    maximumFractionDigits: minor % 100 === 0 ? 0 : 2,
  }).format(minor / 100);
}

const reasons = {
  pl: {
    "no-supporters": "nikt na niego nie zagłosował",
    "supporters-cannot-afford": "jego zwolennicy nie mieli razem dość środków",
    "does-not-fit": "nie zmieścił się w pozostałym budżecie",
    "over-budget": "kosztuje więcej niż cały budżet",
    "phragmen-stopped": "metoda zatrzymała się przed nim",
  },
  en: {
    "no-supporters": "nobody voted for it",
    "supporters-cannot-afford": "its supporters together could not afford it",
    "does-not-fit": "it did not fit in the budget left",
    "over-budget": "it costs more than the whole budget",
    "phragmen-stopped": "the method stopped before it",
  },
} satisfies Record<Lang, Record<BudgetRejection["reason"], string>>;

export const budgetVoteMessages = elementMessages({
  pl: {
    loadingVote: "Wczytywanie głosowania…",
    loadFailed: "Nie udało się wczytać głosowania. Sprawdź połączenie z internetem i spróbuj ponownie.",
    notFound: "Nie znaleziono tego głosowania.",
    notOpen: "To głosowanie nie przyjmuje teraz głosów.",
    sample: "Przykład: dane pokazowe, nie prawdziwe głosowanie.",
    budgetRule: (budget: string) => `Wybierz projekty, których łączny koszt nie przekracza ${budget}.`,
    countRule: (max: number) =>
      plural("pl", max, {
        one: "Wybierz najwyżej 1 projekt.",
        few: "Wybierz najwyżej {n} projekty.",
        other: "Wybierz najwyżej {n} projektów.",
      }),
    projects: "Projekty",
    total: (spent: string, budget: string) => `Wybrano za ${spent} z ${budget}.`,
    chosen: (n: number, max: number) => `Wybrano ${n} z ${max}.`,
    overBudget: (over: string) => `Przekroczono budżet o ${over}. Odznacz któryś projekt, aby oddać głos.`,
    overCount: (max: number) => `Wybrano za dużo projektów: najwyżej ${max}. Odznacz któryś, aby oddać głos.`,
    chooseOne: "Wybierz co najmniej jeden projekt.",
    review: "Przejdź do potwierdzenia",
    confirmTitle: "Sprawdź swój głos",
    confirm: "Potwierdzam i wysyłam",
    back: "Wróć do wyboru",
    sendingVote: "Wysyłanie głosu…",
    submitFailed: "Nie udało się wysłać głosu. Twój wybór jest zachowany: spróbuj ponownie.",
    notAccepting: "Głosowanie zostało zamknięte i nie przyjmuje już głosów.",
    rejected: "Głos nie został przyjęty. Sprawdź wybór i spróbuj ponownie.",
    thanksTitle: "Dziękujemy za głos!",
    thanksText: "Twój głos został zapisany.",
    resultsTitle: "Wyniki głosowania",
    noBallots: "Nie oddano jeszcze żadnego głosu.",
    ballotsCast: (n: number) =>
      plural("pl", n, { one: "Oddano 1 głos.", few: "Oddano {n} głosy.", other: "Oddano {n} głosów." }),
    ruleName: {
      greedy: "kolejno według liczby głosów",
      equalShares: "metoda równych udziałów",
      sequentialPhragmen: "metoda Phragména",
    },
    ruleUsed: (name: string) => `Wybór: ${name}.`,
    selected: "Wybrane projekty",
    notSelected: "Niewybrane projekty",
    votes: (n: number) => plural("pl", n, { one: "1 głos", few: "{n} głosy", other: "{n} głosów" }),
    paidBy: (price: string, n: number) => `każdy z ${n} zwolenników zapłacił po ${price}`,
    because: (reason: BudgetRejection["reason"]) => reasons.pl[reason],
    spent: (spent: string, budget: string) => `Wydano ${spent} z ${budget}.`,
  },
  en: {
    loadingVote: "Loading the vote…",
    loadFailed: "The vote could not be loaded. Check your internet connection and try again.",
    notFound: "This vote was not found.",
    notOpen: "This vote is not taking ballots now.",
    sample: "Sample: demonstration data, not a real vote.",
    budgetRule: (budget: string) => `Choose projects costing at most ${budget} in total.`,
    countRule: (max: number) =>
      plural("en", max, { one: "Choose at most 1 project.", other: "Choose at most {n} projects." }),
    projects: "Projects",
    total: (spent: string, budget: string) => `Chosen: ${spent} of ${budget}.`,
    chosen: (n: number, max: number) => `Chosen: ${n} of ${max}.`,
    overBudget: (over: string) => `Over the budget by ${over}. Untick a project to vote.`,
    overCount: (max: number) => `Too many projects: at most ${max}. Untick one to vote.`,
    chooseOne: "Choose at least one project.",
    review: "Review my vote",
    confirmTitle: "Check your vote",
    confirm: "Confirm and send",
    back: "Back to the choice",
    sendingVote: "Sending your vote…",
    submitFailed: "Your vote could not be sent. Your choice is kept: try again.",
    notAccepting: "The vote has closed and takes no more ballots.",
    rejected: "Your vote was not accepted. Check your choice and try again.",
    thanksTitle: "Thank you for voting!",
    thanksText: "Your vote has been stored.",
    resultsTitle: "Results of the vote",
    noBallots: "No ballots have been cast yet.",
    ballotsCast: (n: number) => plural("en", n, { one: "1 ballot cast.", other: "{n} ballots cast." }),
    ruleName: {
      greedy: "by number of votes",
      equalShares: "Method of Equal Shares",
      sequentialPhragmen: "Phragmén's method",
    },
    ruleUsed: (name: string) => `Chosen by: ${name}.`,
    selected: "Selected projects",
    notSelected: "Projects not selected",
    votes: (n: number) => plural("en", n, { one: "1 vote", other: "{n} votes" }),
    paidBy: (price: string, n: number) => `each of ${n} supporters paid ${price}`,
    because: (reason: BudgetRejection["reason"]) => reasons.en[reason],
    spent: (spent: string, budget: string) => `Spent ${spent} of ${budget}.`,
  },
});
export type BudgetVoteMessages = (typeof budgetVoteMessages)["pl"];
