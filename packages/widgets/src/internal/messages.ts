import type { Lang } from "./lang.js";

/** Words every element uses, in one table so they read the same everywhere. */
const shared = {
  pl: {
    loading: "Wczytywanie…",
    send: "Wyślij",
    sending: "Wysyłanie…",
    retry: "Spróbuj ponownie",
    required: "(wymagane)",
    errorPrefix: "Błąd:",
  },
  en: {
    loading: "Loading…",
    send: "Send",
    sending: "Sending…",
    retry: "Try again",
    required: "(required)",
    errorPrefix: "Error:",
  },
} satisfies Record<Lang, Record<string, string>>;

export type SharedMessages = (typeof shared)["pl"];

/** The shared words alone, for an element that needs no messages of its own. */
export const sharedMessages: Record<Lang, SharedMessages> = shared;

/**
 * An element's messages in every language, with the shared words added. The Polish table is the
 * reference: English must have exactly its keys, so a missing or misspelt message fails the typecheck.
 *
 * @example
 * export const resultsMessages = elementMessages({
 *   pl: { title: "Wyniki" },
 *   en: { title: "Results" },
 * });
 * resultsMessages.en.retry; // "Try again", from the shared table
 */
export function elementMessages<T extends object>(table: {
  pl: T;
  en: NoInfer<T>;
}): Record<Lang, SharedMessages & T> {
  return { pl: { ...shared.pl, ...table.pl }, en: { ...shared.en, ...table.en } };
}
