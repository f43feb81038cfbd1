import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, chromiumPath } from "../scripts/chromium.mjs";
import { downloads } from "../scripts/size.mjs";
import { type ServeProcess, startServe } from "./serve-process.js";

// A municipal site on one origin embeds the widgets from `cwd serve` on another, with one script tag.
let browser: Browser;
let serve: ServeProcess;
let site: Server;
let siteUrl: string;
let dataDir: string;

const surveyTag = (api: string) =>
  `<cwd-survey api="${api}/api" partnership="ziemia-wysokomazowiecka" survey="ankieta-mieszkancow"></cwd-survey>`;

function page(body: string): string {
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Gmina</title>
<script type="module" src="${serve.url}/widgets/cwd-loader.js"></script></head>
<body><main>${body}</main></body></html>`;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "cwd-loader-e2e-"));
  serve = await startServe({ CWD_DATA_DIR: dataDir });
  site = createServer((request, response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    const bodies: Record<string, string> = { "/later": "", "/provider": "<cwd-provider></cwd-provider>" };
    response.end(page(bodies[request.url ?? ""] ?? surveyTag(serve.url)));
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await serve?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens `path` of the site and records every widget file the page requests. */
async function open(path: string): Promise<{ page: Page; widgetFiles: string[] }> {
  const tab = await browser.newPage();
  const widgetFiles: string[] = [];
  tab.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/widgets/")) widgetFiles.push(url.pathname.slice("/widgets/".length));
  });
  await tab.goto(`${siteUrl}${path}`);
  return { page: tab, widgetFiles };
}

describe("cwd-loader.js from another origin", () => {
  it("loads cwd-survey and only what it imports", async () => {
    const { page, widgetFiles } = await open("/");
    try {
      await page.locator("cwd-survey").getByRole("button", { name: "Dalej" }).waitFor();
      await page.waitForLoadState("networkidle");
      expect(page.url().startsWith(serve.url)).toBe(false);
      expect(widgetFiles.sort()).toEqual(["cwd-loader.js", ...(await downloads("cwd-survey.js"))].sort());
      expect(widgetFiles.filter((file) => /^cwd-/.test(file))).toEqual(["cwd-loader.js", "cwd-survey.js"]);
    } finally {
      await page.close();
    }
  });

  it("loads an element added to the page later", async () => {
    const { page, widgetFiles } = await open("/later");
    try {
      await page.waitForLoadState("networkidle");
      expect(widgetFiles).toEqual(["cwd-loader.js"]);
      await page.evaluate(
        (html) => document.querySelector("main")?.insertAdjacentHTML("beforeend", html),
        surveyTag(serve.url),
      );
      await page.locator("cwd-survey").getByRole("button", { name: "Dalej" }).waitFor();
      expect(widgetFiles).toContain("cwd-survey.js");
    } finally {
      await page.close();
    }
  });

  it("loads an element that one of ours renders in its shadow root", async () => {
    const { page, widgetFiles } = await open("/provider");
    try {
      await page.waitForFunction(() => customElements.get("cwd-provider"));
      expect(await page.evaluate(() => !!customElements.get("cwd-survey"))).toBe(false);
      // The document's observer cannot see into a shadow root: the loader watches ours.
      await page.evaluate(() =>
        document.querySelector("cwd-provider")?.shadowRoot?.append(document.createElement("cwd-survey")),
      );
      await page.waitForFunction(() => customElements.get("cwd-survey"));
      expect(widgetFiles).toContain("cwd-survey.js");
    } finally {
      await page.close();
    }
  });
});
