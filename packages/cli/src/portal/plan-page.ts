import { html } from "hono/html";
import { type PortalLang, portalLayout } from "./layout.js";

/**
 * The demo portal's page of the joint plan: the sample action plan (marked as such), the calendar of
 * meetings and the good practices, each embedded as a webmaster would, with one element.
 */
export function planPage(lang: PortalLang) {
  const t = texts[lang];
  const partnership = "ziemia-wysokomazowiecka";
  return portalLayout({
    lang,
    title: t.title,
    current: "plan",
    otherLanguageHref: t.otherLanguageHref,
    main: html`<h1>${t.title}</h1>
  <section id="plan" aria-label="${t.plan}">
    <cwd-action-plan api="/api" partnership="${partnership}" sample lang="${lang}"></cwd-action-plan>
  </section>
  <section id="kalendarz" aria-label="${t.calendar}">
    <cwd-events api="/api" partnership="${partnership}" lang="${lang}"></cwd-events>
  </section>
  <section id="praktyki" aria-label="${t.practices}">
    <cwd-practices api="/api" partnership="${partnership}" lang="${lang}"></cwd-practices>
  </section>`,
  });
}

const texts = {
  pl: {
    title: "Plan wspólnych działań, kalendarz i dobre praktyki",
    otherLanguageHref: "/en/plan",
    plan: "Plan działań (przykład)",
    calendar: "Kalendarz spotkań",
    practices: "Dobre praktyki",
  },
  en: {
    title: "Joint action plan, calendar and good practices",
    otherLanguageHref: "/plan",
    plan: "Action plan (sample)",
    calendar: "Calendar of meetings",
    practices: "Good practices",
  },
};
