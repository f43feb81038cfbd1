import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumArgs, chromiumPath } from "../scripts/chromium.mjs";
import { startDemo, startServe } from "./serve-process.js";

const require = createRequire(import.meta.url);
const adminToken = "e2e-admin-token-0123456789";
const surveyPath = "/api/partnerships/ziemia-wysokomazowiecka/surveys/ankieta-mieszkancow";

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
});

const axeSource = readFileSync(require.resolve("axe-core"), "utf8");

/** axe-core's findings on the whole page, shadow roots included: the portal is a public body's site. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
  // govern: a script tag would be refused, as the policy allows only the portal's own scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  return violations;
}

/** A resident opens the portal, fills in the survey with the mouse and keyboard, and sends it. */
async function fillSurveyAsResident(url: string): Promise<void> {
  const page = await browser.newPage();
  // The portal runs under a strict Content-Security-Policy: anything it blocks is a failure.
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  try {
    const response = await page.goto(url);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    const survey = page.locator("cwd-survey");
    // The survey's three sections are steps: "Dalej" moves on once a step's answers are fine.
    const next = survey.getByRole("button", { name: /dalej/i });
    await next.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await survey.getByRole("radio", { name: "Gmina Klukowo" }).check();
    await survey
      .getByRole("group", { name: /jako miejsce do życia/ })
      .getByRole("radio", { name: /^4/ })
      .check();
    await next.click();
    await survey.getByText("Część 2 z 3").waitFor();
    await survey.getByRole("checkbox", { name: "Słaby transport publiczny" }).check();
    await survey.getByRole("checkbox", { name: "Dostęp do lekarzy" }).check();
    await next.click();
    await survey.getByText("Część 3 z 3").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await survey
      .getByRole("textbox", { name: /Co należałoby zmienić/ })
      .fill("Więcej autobusów do Białegostoku.");
    await survey.getByRole("button", { name: /wyślij/i }).click();
    await survey.getByRole("heading", { name: /dziękujemy/i }).waitFor({ timeout: 15_000 });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(blocked).toEqual([]);
  } finally {
    await page.close();
  }
}

async function storedResponses(url: string) {
  const response = await fetch(`${url}${surveyPath}/responses`, {
    headers: { Authorization: `Bearer ${adminToken}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: { id: string; answers: Record<string, unknown> }[] }).items;
}

async function demoRoundTrip(env: Record<string, string>): Promise<void> {
  const first = await startServe({ ...env, CWD_ADMIN_TOKEN: adminToken });
  try {
    await fillSurveyAsResident(first.url);
  } finally {
    await first.stop();
  }
  const second = await startServe({ ...env, CWD_ADMIN_TOKEN: adminToken });
  try {
    const [stored, ...others] = await storedResponses(second.url);
    expect(others).toEqual([]);
    expect(stored?.answers).toEqual({
      gmina: "gmina-klukowo",
      "ocena-miejsca": 4,
      problemy: ["transport", "zdrowie"],
      "co-zmienic": "Więcej autobusów do Białegostoku.",
    });
    // The same response sent again (a retry) is recognised and stores nothing new.
    const again = await fetch(`${second.url}${surveyPath}/responses`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(stored),
    });
    expect(again.status).toBe(200);
    expect(await storedResponses(second.url)).toHaveLength(1);
    expect(second.output()).not.toContain("Seeded the demo");
  } finally {
    await second.stop();
  }
}

/** The survey pages: the list, one survey, the sample results and an open survey's, each accessible. */
async function visitSurveyPages(url: string): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(`${url}/ankiety`);
    for (const title of ["Ankieta dla mieszkańców (propozycja)", "wyniki"])
      await page.getByRole("link", { name: title }).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`${url}/ankiety/bank-liderzy`);
    await page
      .locator("cwd-survey")
      .getByRole("button", { name: /wyślij|dalej/i })
      .first()
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`${url}/ankiety/bank-uczniowie/wyniki`);
    const results = page.locator("cwd-survey-results");
    await results.getByText("Liczba respondentów: 120").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await results.locator("select[name=by]").selectOption("gmina");
    await results.locator("table.crosstab").first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // The residents' survey is still open: its results page says when they come, accessibly.
    await page.goto(`${url}/ankiety/ankieta-mieszkancow/wyniki`);
    await page.getByText("Wyniki zostaną opublikowane po jej zakończeniu.").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  } finally {
    await page.close();
  }
}

/** `/strategia`: the indicator charts under the goal tree, accessible before and after opening a per-member view. */
async function visitStrategyCharts(url: string): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(`${url}/strategia`);
    const charts = page.locator("cwd-indicator-chart");
    for (const status of ["zgodnie z planem", "opóźniony", "brak danych"])
      await charts.locator(".status").getByText(status, { exact: true }).waitFor();
    expect(await charts.count()).toBe(3);
    expect(await accessibilityViolations(page)).toEqual([]);
    await charts.first().locator("summary").click();
    await charts.first().locator("details figure").first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  } finally {
    await page.close();
  }
}

/**
 * Every page of the portal. The open survey's results page is linked from nowhere, but a resident
 * may have kept its address; the other pages are the ones the portal links to.
 */
const portalPages = [
  "/",
  "/en",
  "/strategia",
  "/strategia-statyczna",
  "/projekty",
  "/ankiety",
  "/ankiety/ankieta-mieszkancow",
  "/ankiety/ankieta-mieszkancow/wyniki",
  "/ankiety/bank-mieszkancy",
  "/ankiety/bank-uczniowie",
  "/ankiety/bank-uczniowie/wyniki",
  "/ankiety/bank-liderzy",
  "/plan",
  "/en/plan",
  "/konsultacje",
  "/admin/moderacja",
];

/**
 * Opens each page in a fresh tab, lets its widgets load, and returns every console error and every
 * request that failed or was answered with 400 or more; and the portal's own links that lead to a
 * page not in `portalPages`, so a new page cannot escape the check.
 */
async function visitEveryPage(url: string): Promise<{ problems: string[]; unlisted: string[] }> {
  const problems: string[] = [];
  const linked = new Set<string>();
  for (const path of portalPages) {
    const page = await browser.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`${path}: console: ${message.text()}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${path}: ${response.status()} ${response.url()}`);
    });
    page.on("requestfailed", (request) =>
      problems.push(`${path}: failed ${request.url()} (${request.failure()?.errorText})`),
    );
    try {
      await page.goto(`${url}${path}`, { waitUntil: "networkidle" });
      const hrefs = await page
        .locator("a[href]")
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const target = new URL(href);
        // A blob: URL (a widget's CSV download) has the page's origin too, but is no page.
        if (target.protocol === "http:" && target.origin === new URL(url).origin) linked.add(target.pathname);
      }
    } finally {
      await page.close();
    }
  }
  // The API's description and the JSON files are data, not pages.
  const unlisted = [...linked].filter(
    (path) => !portalPages.includes(path) && !path.startsWith("/api/") && !path.endsWith(".json"),
  );
  return { problems, unlisted };
}

describe("demo portal end to end", () => {
  it("shows the strategy's indicators over time, accessibly", async () => {
    const served = await startDemo();
    try {
      await visitStrategyCharts(served.url);
    } finally {
      await served.stop();
    }
  });

  it("visits every portal page with no console error and no failed request", async () => {
    const served = await startDemo();
    try {
      expect(await visitEveryPage(served.url)).toEqual({ problems: [], unlisted: [] });
    } finally {
      await served.stop();
    }
  });

  it("offers the three surveys and shows the sample results, accessibly", async () => {
    const served = await startDemo();
    try {
      await visitSurveyPages(served.url);
    } finally {
      await served.stop();
    }
  });

  it("keeps a resident's response across a restart on embedded PGlite", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "cwd-e2e-"));
    try {
      await demoRoundTrip({ CWD_DATA_DIR: dataDir });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  // Without PostgreSQL the setup has already said so loudly (and fails under CI).
  const serverUrl = inject("postgresUrl");
  it.skipIf(!serverUrl)(
    "keeps a resident's response across a restart on PostgreSQL (DATABASE_URL)",
    async () => {
      const database = `cwd_e2e_${Date.now()}`;
      const admin = new pg.Client({ connectionString: serverUrl as string });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      try {
        const url = new URL(serverUrl as string);
        url.pathname = `/${database}`;
        await demoRoundTrip({ DATABASE_URL: url.toString() });
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});

const consultationApi =
  "/api/partnerships/ziemia-wysokomazowiecka/consultations/konsultacje-projektu-diagnozy";

/** A resident's comment on the diagnosis, sent and then reported by a reader through the API. */
async function commentAndReport(url: string, text: string): Promise<void> {
  const id = crypto.randomUUID();
  const sent = await fetch(`${url}${consultationApi}/comments`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      id,
      partnershipId: "ziemia-wysokomazowiecka",
      consultationId: "konsultacje-projektu-diagnozy",
      target: { kind: "paragraph", id: "ludnosc-1" },
      stance: "against",
      text,
      submittedAt: new Date().toISOString(),
    }),
  });
  expect(sent.status).toBe(201);
  expect((await fetch(`${url}${consultationApi}/comments/${id}/reports`, { method: "POST" })).status).toBe(
    201,
  );
}

/** A moderator's token, made by the admin through the API, as `cwd token create` would make one. */
async function moderatorToken(url: string): Promise<string> {
  const made = await fetch(`${url}/api/tokens`, {
    method: "POST",
    headers: { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      label: "Moderator e2e",
      role: "moderator",
      partnershipId: "ziemia-wysokomazowiecka",
    }),
  });
  expect(made.status).toBe(201);
  return ((await made.json()) as { token: string }).token;
}

/** The comments on the diagnosis's first paragraph, opened on /konsultacje as a resident would. */
async function openParagraphComments(page: Page) {
  const open = page.locator("cwd-consultation").first();
  await open.getByRole("heading", { name: "Projekt diagnozy obszaru partnerstwa" }).waitFor();
  await open.locator('p[data-paragraph="ludnosc-1"] + .actions button').first().click();
  return open.locator("cwd-comments");
}

describe("consultations and moderation end to end", () => {
  it("shows the open and the closed consultation; a moderator hides a reported comment and residents see it hidden", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "cwd-e2e-"));
    const served = await startServe({ CWD_DATA_DIR: dataDir, CWD_ADMIN_TOKEN: adminToken });
    const page = await browser.newPage();
    try {
      expect(served.output()).toContain("/admin/moderacja");
      await page.goto(`${served.url}/konsultacje`);
      const closed = page.locator("cwd-consultation").nth(1);
      await closed.getByRole("heading", { name: "Raport z konsultacji" }).waitFor();
      await (await openParagraphComments(page)).locator("form").waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      const advert = "Tanie opony w Zambrowie, dzwoń teraz!";
      await commentAndReport(served.url, advert);
      const token = await moderatorToken(served.url);
      const admin = await page.goto(`${served.url}/admin/moderacja`);
      expect(admin?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
      const moderation = page.locator("cwd-moderation");
      await moderation.getByLabel(/Token moderatora/).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await moderation.getByLabel(/Token moderatora/).fill(token);
      await moderation.getByLabel(/Token moderatora/).press("Enter");
      const reported = moderation.locator("article", { hasText: advert });
      await reported.getByRole("button", { name: "Ukryj" }).click();
      await reported.getByLabel(/Powód/).fill("reklama");
      await reported.getByRole("button", { name: "Ukryj" }).click();
      await moderation.getByText("Komentarz ukryty.").waitFor();
      await reported.getByText(/ukryty przez moderację/).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.goto(`${served.url}/konsultacje`);
      const comments = await openParagraphComments(page);
      await comments.getByText("Komentarz ukryty przez moderację. Powód: reklama").waitFor();
      expect(await comments.getByText(advert).count()).toBe(0);
    } finally {
      await page.close();
      await served.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
