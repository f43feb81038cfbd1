import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, chromiumPath } from "../scripts/chromium.mjs";
import { type ServeProcess, startServe } from "./serve-process.js";

// A resident on a rural connection: the network is really cut (Chromium's own offline mode), the
// page is reloaded while it is, and the server must end up with the response exactly once.

const adminToken = "e2e-admin-token-0123456789";
const responsesPath = "/api/partnerships/ziemia-wysokomazowiecka/surveys/ankieta-mieszkancow/responses";

/** A municipal page embedding the demo survey with offline mode on, served on the API's origin. */
const offlinePage = `<!doctype html>
<html lang="pl">
<head><meta charset="utf-8"><title>Ankieta</title><script type="module" src="/widgets/cwd-loader.js"></script></head>
<body><main><cwd-survey api="/api" offline partnership="ziemia-wysokomazowiecka" survey="ankieta-mieszkancow"></cwd-survey></main></body>
</html>`;

let browser: Browser;
let server: ServeProcess;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "cwd-e2e-offline-"));
  server = await startServe({ CWD_DATA_DIR: dataDir, CWD_ADMIN_TOKEN: adminToken });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function storedIds(): Promise<string[]> {
  const response = await fetch(`${server.url}${responsesPath}`, {
    headers: { Authorization: `Bearer ${adminToken}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
}

/** The ids of the submissions waiting in the page's IndexedDB outbox. */
function outboxIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("cwd-outbox");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains("outbox")) return resolve([]);
          const all = database.transaction("outbox").objectStore("outbox").getAll();
          all.onsuccess = () => {
            resolve(all.result.map((item: { submission: { id: string } }) => item.submission.id));
            database.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Moves to the next step when the survey shows its sections one at a time. */
async function nextStep(survey: Locator): Promise<void> {
  const next = survey.getByRole("button", { name: /dalej/i });
  if (await next.isVisible()) await next.click();
}

async function answerRequired(survey: Locator): Promise<void> {
  await survey.getByRole("radio", { name: "Gmina Klukowo" }).check();
  await survey
    .getByRole("group", { name: /jako miejsce do życia/ })
    .getByRole("radio", { name: /^4/ })
    .check();
  await nextStep(survey);
  await survey.getByRole("checkbox", { name: "Słaby transport publiczny" }).check();
  await nextStep(survey);
  await survey.getByRole("button", { name: /wyślij/i }).click();
}

describe("cwd-survey with the network really cut", () => {
  it("keeps a response sent offline across a reload and delivers it exactly once", async () => {
    const context = await browser.newContext();
    await context.route(`${server.url}/ankieta-offline`, (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", body: offlinePage }),
    );
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/ankieta-offline`);
      const survey = page.locator("cwd-survey");
      await survey.getByRole("radio", { name: "Gmina Klukowo" }).waitFor();

      await context.setOffline(true);
      await survey
        .locator(".offline")
        .getByText(/Brak połączenia z internetem/)
        .waitFor();
      await answerRequired(survey);
      await survey.getByRole("heading", { name: "Odpowiedzi zapisane na tym urządzeniu" }).waitFor();
      const kept = await outboxIds(page);
      expect(kept).toHaveLength(1);
      expect(await storedIds()).toEqual([]);

      // A reload while offline tears the page down: only IndexedDB is left to remember the response.
      await page.reload().catch(() => undefined);
      await context.setOffline(false);
      await page.goto(`${server.url}/ankieta-offline`);
      await expect.poll(storedIds, { timeout: 15_000 }).toEqual(kept);
      await expect.poll(() => outboxIds(page), { timeout: 15_000 }).toEqual([]);

      // Another visit finds nothing left to send, and the server still holds the response once.
      await page.reload();
      await survey.getByRole("radio", { name: "Gmina Klukowo" }).waitFor();
      expect(await outboxIds(page)).toEqual([]);
      expect(await storedIds()).toEqual(kept);
    } finally {
      await context.close();
    }
  });

  it("keeps a draft across a real reload of the demo portal", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      const survey = page.locator("cwd-survey");
      await survey.getByRole("radio", { name: "Gmina Klukowo" }).check();
      await page.reload();
      await expect.poll(() => survey.getByRole("radio", { name: "Gmina Klukowo" }).isChecked()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
