import { allPages, type BudgetRound, type Round, rankingInput, type Store } from "@cwd/core";
import { html, raw } from "hono/html";
import { portalLayout } from "./layout.js";

/** The sample money a ranking's budget line is drawn at, in grosze (15 mln zł): demonstration only. */
const sampleAllocation = 15_000_000_00;

/**
 * The ranking data of an assessment round, computed on the server: the public may not read the
 * assessors' raw scores, only their combination (the latest revision of each, by the round's rule).
 */
async function rankingData(store: Store, round: Extract<Round, { type: "assessment" }>) {
  const { partnershipId, id: roundId } = round;
  const [projects, assessments] = await Promise.all([
    allPages((cursor) => store.list("projects", { partnershipId, cursor, limit: 100 })),
    allPages((cursor) =>
      store.listSubmissions("assessments", { partnershipId, filter: { roundId }, cursor, limit: 100 }),
    ),
  ]);
  return rankingInput(round, projects, assessments);
}

/** JSON safe inside a `<script>` element: no `</script>` or `<!--` can close it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * The demo portal's projects page: the partnership's candidate projects ranked on the CWD criteria,
 * and a residents' budget vote with its results, all sample data and marked as such.
 */
export async function projectsPage(store: Store, partnershipId: string) {
  const rounds = await allPages((cursor) => store.list("rounds", { partnershipId, cursor, limit: 100 }));
  const assessment = rounds.find((r) => r.type === "assessment" && r.status !== "draft");
  const vote = rounds.find(
    (r): r is BudgetRound & { version: number } => r.type === "budget" && r.status !== "draft",
  );
  const ranking =
    assessment?.type === "assessment"
      ? html`<h2 id="ranking-heading">${assessment.title.pl}</h2>
    <p>Projekty ocenili eksperci według kryteriów CWD (0 – nie, 1 – częściowo, 2 – w pełni); wynik to średnia ocen.
    Kreska pokazuje, które projekty zmieściłyby się w przykładowej puli 15 mln zł.</p>
    <cwd-project-ranking lang="pl" budget="${sampleAllocation}"><script type="application/json">${raw(scriptJson(await rankingData(store, assessment)))}</script></cwd-project-ranking>`
      : html`<h2 id="ranking-heading">Ranking projektów</h2><p>Brak oceny projektów.</p>`;
  const voting = vote
    ? html`<h2 id="glosowanie-heading">${vote.title.pl}</h2>
    <cwd-budget-vote api="/api" partnership="${partnershipId}" round="${vote.id}" lang="pl" offline></cwd-budget-vote>
    <cwd-budget-vote api="/api" partnership="${partnershipId}" round="${vote.id}" view="results" lang="pl"></cwd-budget-vote>`
    : html`<h2 id="glosowanie-heading">Głosowanie</h2><p>Brak głosowania.</p>`;
  return portalLayout({
    lang: "pl",
    title: "Projekty partnerstwa (przykład)",
    current: "projects",
    main: html`<h1>Projekty partnerstwa</h1>
  <p class="lead"><strong>Dane przykładowe:</strong> projekty, oceny i głosy na tej stronie służą pokazaniu narzędzi, nie są prawdziwe.</p>
  <section aria-labelledby="ranking-heading">
    ${ranking}
  </section>
  <section aria-labelledby="glosowanie-heading">
    ${voting}
  </section>`,
  });
}
