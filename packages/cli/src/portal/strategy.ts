import { readFile } from "node:fs/promises";
import {
  type ChecklistEvidence,
  compareWithReference,
  createExchangeDocument,
  exportPartnership,
  type Partnership,
  type Population,
  partnershipFigure,
  populationFrom,
  rankMembers,
  type Series,
  type Store,
  seriesYears,
  strategyChecklist,
} from "@cwd/core";
import type { Context, Hono, MiddlewareHandler } from "hono";
import { html } from "hono/html";
import { demoDocument } from "../seed.js";
import { portalLayout } from "./layout.js";

const pid = "ziemia-wysokomazowiecka";
/** One indicator on track (measured from the unemployment series), one off track, one with no data. */
const chartedIndicators = ["bezrobocie-wskaznik", "tereny-inwestycyjne", "przedszkola"];

/**
 * The strategy pages of the demo portal: `/strategia` (the goal tree read from the live API, the
 * portrait and the checklist of the law's nine items), `/strategia.cwd.json` (a file to copy: the
 * partnership's public strategy and portrait), and `/strategia-statyczna` (the tree from a plain
 * JSON file, the shipped demo document, with no API at all).
 */
export function strategyPages(app: Hono, store: Store, headers: MiddlewareHandler): void {
  app.get("/strategia.cwd.json", async (c) => c.json(await publicStrategy(store)));
  app.get("/demo/ziemia-wysokomazowiecka.cwd.json", async (c) => {
    c.header("Content-Type", "application/json");
    return c.body(await readFile(demoDocument, "utf8"));
  });
  app.get("/strategia", headers, async (c: Context) => {
    const document = await publicStrategy(store);
    return c.html(strategyPage(document));
  });
  app.get("/strategia-statyczna", headers, (c) => c.html(staticPage()));
}

/** The partnership with its goals, indicators and series only: no surveys, drafts or responses. */
async function publicStrategy(store: Store) {
  const whole = await exportPartnership(store, pid);
  return createExchangeDocument({
    partnership: whole.partnership,
    exportedAt: new Date(whole.exportedAt),
    goals: whole.goals ?? [],
    indicators: whole.indicators ?? [],
    series: whole.series ?? [],
  });
}

function checklist(document: Awaited<ReturnType<typeof publicStrategy>>) {
  const items = strategyChecklist({
    goals: document.goals ?? [],
    indicators: document.indicators ?? [],
    strategy: document.partnership.strategy,
  });
  return html`<ul>
    ${items.map(
      (item) =>
        html`<li>${item.present ? "✔ jest" : "✘ brak"}: ${item.pl} <span class="note">(${evidenceInWords(item.evidence)}${item.sample ? ", przykład" : ""})</span></li>`,
    )}
  </ul>`;
}

/** What the checklist found for an item, said in Polish. */
function evidenceInWords(evidence: ChecklistEvidence): string {
  if (evidence.kind === "count") return evidence.count > 0 ? `w danych: ${evidence.count}` : "brak w danych";
  if (evidence.text && evidence.link) return "tekst i odnośnik";
  if (evidence.text) return "tekst";
  if (evidence.link) return "odnośnik";
  return "nie wypełniono";
}

const number = (n: number | null, digits = 1) =>
  n === null ? "–" : n.toLocaleString("pl-PL", { maximumFractionDigits: digits });

/** One series: members ranked in its latest year, the partnership's figure, and reference areas. */
function seriesSection(series: Series, partnership: Partnership, population: Series | undefined) {
  const year = seriesYears(series).at(-1);
  if (year === undefined) return "";
  const names = new Map(partnership.members.map((m) => [m.id, m.name]));
  const gminy = partnership.members.filter((m) => m.kind !== "powiat").map((m) => m.id);
  const people = population ? populationFrom(population) : () => undefined;
  // Rates are weighted by the population of the same year; without it the aggregate is not stated.
  const comparison = compareWithReference(series, year, gminy, people);
  const perCapita = series.measure === "count" && series !== population;
  const perTenThousand = (memberId: string, value: number) => {
    const inhabitants = people(memberId, year);
    return inhabitants ? number((value / inhabitants) * 10_000) : "";
  };
  const aggregate = series.measure === "count" ? "suma gmin" : "średnia ważona ludnością";
  return html`<section class="series">
  <h3>${series.variable.pl} (${series.unit}), ${year}${series.sample ? html` <span class="note">(dane przykładowe)</span>` : ""}</h3>
  <table><caption>Gminy według wartości, ${year}</caption>
  <thead><tr><th scope="col">Miejsce</th><th scope="col">Gmina</th><th scope="col">Wartość</th>${perCapita ? html`<th scope="col">Na 10 tys. ludności</th>` : ""}</tr></thead>
  <tbody>${rankMembers(series, year).map(
    (r) =>
      html`<tr><td>${r.rank}</td><th scope="row">${names.get(r.memberId) ?? r.memberId}</th><td>${number(r.value)}</td>${perCapita ? html`<td>${perTenThousand(r.memberId, r.value)}</td>` : ""}</tr>`,
  )}</tbody></table>
  <p>Partnerstwo (${aggregate}): ${partnershipLine(series, year, gminy, people, population)}</p>
  ${comparison.areas.length > 0 ? html`<ul>${comparison.areas.map((a) => html`<li>${a.name}: ${number(a.value)} ${series.unit}</li>`)}</ul>` : ""}
  <p class="note">Źródło: ${series.source}</p>
</section>`;
}

/**
 * The partnership's figure, or why there is none: a sum needs every gmina's value; a weighted mean
 * also needs every gmina's population in the same year, and a demo's population may be older.
 */
function partnershipLine(
  series: Series,
  year: number,
  gminy: string[],
  people: Population,
  population: Series | undefined,
) {
  const figure = partnershipFigure(series, year, gminy, people);
  if (figure !== null) return html`<strong>${number(figure)}</strong> ${series.unit}`;
  const valueMissing = gminy.some((id) => !series.values.some((v) => v.memberId === id && v.year === year));
  if (valueMissing) return html`nie podano, bo nie wszystkie gminy mają wartość za ${year} r.`;
  const known = population ? seriesYears(population).join(", ") : "";
  return html`nie podano, bo brak liczby ludności gmin za ${year} r.${known ? ` (jest za ${known} r.)` : ""}`;
}

function strategyPage(document: Awaited<ReturnType<typeof publicStrategy>>) {
  const series = document.series ?? [];
  const population = series.find((s) => s.bdlVariableId === "72305");
  return layout(
    "Strategia i portret partnerstwa",
    html`<h1>Strategia partnerstwa</h1>
  <p class="lead">Wizja i cztery cele strategiczne z projektu strategii partnerstwa; cele i wskaźniki poniżej nich to przykłady.</p>
  <cwd-goal-tree api="/api" partnership="${pid}" lang="pl"></cwd-goal-tree>
  <h2>Wskaźniki w czasie</h2>
  <p class="lead">Trzy przykładowe wskaźniki: zgodnie z planem, opóźniony i jeszcze bez pomiaru.</p>
  ${chartedIndicators.map(
    (id) =>
      html`<cwd-indicator-chart api="/api" partnership="${pid}" indicator="${id}" lang="pl"></cwd-indicator-chart>`,
  )}
  <h2>Portret partnerstwa</h2>
  ${series.map((s) => seriesSection(s, document.partnership, population))}
  <h2>Zawartość strategii wymagana ustawą (art. 10e ust. 3 u.s.g.)</h2>
  ${checklist(document)}`,
  );
}

function staticPage() {
  return layout(
    "Cele strategii (plik statyczny)",
    html`<h1>Cele strategii</h1>
  <p class="lead">Ta strona nie korzysta z API: drzewo celów czyta plik JSON wyeksportowany poleceniem <code>cwd export</code>, który może leżeć na dowolnym serwerze stron.</p>
  <cwd-goal-tree src="/demo/ziemia-wysokomazowiecka.cwd.json" partnership="${pid}" lang="pl"></cwd-goal-tree>`,
  );
}

function layout(title: string, main: ReturnType<typeof html>) {
  return portalLayout({ lang: "pl", title, current: "strategy", main });
}
