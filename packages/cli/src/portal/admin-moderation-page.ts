import { html } from "hono/html";
import { portalLayout } from "./layout.js";

/** The consultation the demo's moderators look after: the draft diagnosis open for comments. */
export const moderatedConsultationId = "konsultacje-projektu-diagnozy";

/**
 * The demo portal's moderation page for moderators and editors: not in the public menu, and served
 * with `X-Robots-Tag: noindex`. The token is typed into the widget, which keeps it for the tab only.
 */
export function adminModerationPage(partnershipId: string) {
  return portalLayout({
    lang: "pl",
    title: "Moderacja komentarzy",
    current: undefined,
    main: html`<h1>Moderacja komentarzy</h1>
  <p class="lead">Strona dla moderatorów i redaktorów partnerstwa. Komentarze są na stronie
    <a href="/konsultacje">Konsultacje</a>.</p>
  <p>Token wydaje administrator serwera poleceniem
    <code>cwd token create --label "UG Klukowo" --role moderator --partnership ${partnershipId}</code>
    (rola <code>editor</code> pozwala też odpowiadać w imieniu partnerstwa).</p>
  <cwd-moderation api="/api" partnership="${partnershipId}" consultation="${moderatedConsultationId}" lang="pl"></cwd-moderation>`,
  });
}
