import type { ReactiveController, ReactiveControllerHost } from "lit";

/** The languages our elements speak. */
export type Lang = "pl" | "en";

/** Any `lang` value a page may give ("en-GB", "PL") to one of the languages we speak; Polish by default. */
export function languageOf(lang: string | null | undefined): Lang {
  return lang?.toLowerCase().startsWith("en") ? "en" : "pl";
}

/**
 * The nearest element at or above `node` that carries a `lang` attribute, crossing shadow roots
 * through their hosts, so an element inside another component still follows the page.
 *
 * @example
 * document.documentElement.lang = "en";
 * langSource(document.body); // <html lang="en">
 */
export function langSource(node: Node): Element | undefined {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
    if (at instanceof Element && at.hasAttribute("lang")) return at;
  }
  return undefined;
}

/**
 * The language an element inherits from the page: read from the nearest `[lang]` ancestor when the
 * element connects, and again when that ancestor's `lang` changes. Watching that one ancestor (or
 * `<html>` when there is none, where pages switch language) is cheap; an ancestor that gains a
 * `lang` later in between is only noticed on reconnection.
 */
export class InheritedLang implements ReactiveController {
  value: Lang = "pl";
  private readonly observer = new MutationObserver(() => this.read());

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  private read(): void {
    // The element's own lang is its `lang` property; here only what is around it counts.
    const parent = this.host.parentNode;
    const source = parent ? langSource(parent) : undefined;
    this.observer.disconnect();
    const watched = source ?? this.host.ownerDocument.documentElement;
    this.observer.observe(watched, { attributes: true, attributeFilter: ["lang"] });
    const value = languageOf(source?.getAttribute("lang"));
    if (value !== this.value) {
      this.value = value;
      this.host.requestUpdate();
    }
  }
}

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
