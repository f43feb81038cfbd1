import { NotFoundError, type Store } from "@cwd/core";
import type { Context, Hono, MiddlewareHandler } from "hono";
import { html } from "hono/html";
import { portalLayout } from "./layout.js";

const audiences = { pupils: "uczniów", residents: "mieszkańców", leaders: "liderów lokalnych" } as const;

/**
 * The demo portal's survey pages: `/ankiety` lists the partnership's published surveys, `/ankiety/{id}`
 * shows one with `<cwd-survey>`, and `/ankiety/{id}/wyniki` its results with `<cwd-survey-results>`
 * (from the public results route: closed or published surveys only; an open survey's page says its
 * results come when it closes).
 */
export function surveyPages(
  app: Hono,
  store: Store,
  partnershipId: string,
  headers: MiddlewareHandler,
): void {
  app.get("/ankiety", headers, async (c) => {
    const { items } = await store.list("surveys", { partnershipId, limit: 100 });
    const surveys = items.filter((s) => s.status !== "draft");
    return c.html(
      portalLayout({
        lang: "pl",
        title: "Ankiety",
        current: "surveys",
        main: html`<h1>Ankiety</h1>
  <p class="lead">Pytania ankiet są propozycją do dyskusji w partnerstwie, nie oficjalnym kwestionariuszem CWD.</p>
  <ul>
    ${surveys.map(
      (s) => html`<li>
      <a href="/ankiety/${s.id}">${s.title.pl}</a> – ankieta dla ${audiences[s.audience]},
      ${s.status === "open" ? "trwa" : "zakończona"}${
        s.status === "closed" || s.resultsPublished
          ? html` (<a href="/ankiety/${s.id}/wyniki">wyniki</a>)`
          : ""
      }
    </li>`,
    )}
  </ul>`,
      }),
    );
  });
  app.get("/ankiety/:id", headers, async (c) => {
    const survey = await published(c, store, partnershipId);
    if (!survey) return c.notFound();
    return c.html(
      portalLayout({
        lang: "pl",
        title: survey.title.pl,
        current: "surveys",
        main: html`<h1>${survey.title.pl}</h1>
  ${survey.description ? html`<p class="lead">${survey.description.pl}</p>` : ""}
  <cwd-survey api="/api" partnership="${partnershipId}" survey="${survey.id}" lang="pl" offline></cwd-survey>`,
      }),
    );
  });
  app.get("/ankiety/:id/wyniki", headers, async (c) => {
    const survey = await published(c, store, partnershipId);
    if (!survey) return c.notFound();
    const src = `/api/partnerships/${partnershipId}/surveys/${survey.id}/results`;
    // The API keeps an open survey's results from the public, so the widget would only be refused.
    const isPublic = survey.status === "closed" || survey.resultsPublished === true;
    return c.html(
      portalLayout({
        lang: "pl",
        title: `Wyniki: ${survey.title.pl}`,
        current: "surveys",
        main: html`<h1>Wyniki ankiety</h1>
  ${survey.description ? html`<p class="lead">${survey.description.pl}</p>` : ""}
  ${
    isPublic
      ? html`<cwd-survey-results api="/api" partnership="${partnershipId}" survey="${survey.id}" src="${src}" lang="pl"></cwd-survey-results>`
      : html`<p>Ankieta jeszcze trwa. Wyniki zostaną opublikowane po jej zakończeniu. <a href="/ankiety/${survey.id}">Wypełnij ankietę</a></p>`
  }`,
      }),
    );
  });
}

/** The survey named in the path, unless it is a draft or missing. */
async function published(c: Context, store: Store, partnershipId: string) {
  try {
    const survey = await store.get("surveys", { partnershipId, id: c.req.param("id") as string });
    return survey.status === "draft" ? undefined : survey;
  } catch (error) {
    if (error instanceof NotFoundError || (error as { code?: string }).code === "invalid") return undefined;
    throw error;
  }
}
