import { html } from "hono/html";
import { portalLayout } from "./layout.js";

/** The demo portal's consultations: a draft diagnosis open for comments, and a closed one with its report. */
export function consultationsPage(partnershipId: string) {
  return portalLayout({
    lang: "pl",
    title: "Konsultacje (przykład)",
    current: "consultations",
    main: html`<h1>Konsultacje</h1>
  <p class="lead"><strong>Dane przykładowe:</strong> tekst diagnozy, uwagi i odpowiedzi służą pokazaniu narzędzi.</p>
  <cwd-consultation api="/api" partnership="${partnershipId}" consultation="konsultacje-projektu-diagnozy" lang="pl"></cwd-consultation>
  <cwd-consultation api="/api" partnership="${partnershipId}" consultation="konsultacje-wstepnej-diagnozy" lang="pl"></cwd-consultation>`,
  });
}
