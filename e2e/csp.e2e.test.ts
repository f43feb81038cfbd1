import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, chromiumPath } from "../scripts/chromium.mjs";
import { type ServeProcess, startDemo } from "./serve-process.js";

// Municipal sites often send a Content-Security-Policy without 'unsafe-inline', as the demo portal
// does: a widget that writes a `style` attribute is blocked there, and its bars all come out alike.
let browser: Browser;
let served: ServeProcess;

beforeAll(async () => {
  served = await startDemo();
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

/** Opens a portal page, collecting what its Content-Security-Policy blocked. */
async function open(path: string): Promise<{ page: Page; blocked: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  const response = await page.goto(`${served.url}${path}`);
  expect(response?.headers()["content-security-policy"]).toContain("style-src 'self'");
  return { page, blocked };
}

/** The rendered widths of the elements a selector finds in an element's shadow root. */
function widths(page: Page, element: string, selector: string): Promise<number[]> {
  return page.evaluate(
    ([element, selector]) =>
      [...(document.querySelector(element)?.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) =>
        Math.round(node.getBoundingClientRect().width),
      ),
    [element, selector] as const,
  );
}

describe("widgets under the portal's strict Content-Security-Policy", () => {
  it("the action plan draws each action's bar to its own length, with nothing blocked", async () => {
    const { page, blocked } = await open("/plan");
    try {
      await page.locator("cwd-action-plan").getByRole("listitem").first().waitFor();
      const bars = await widths(page, "cwd-action-plan", ".bar");
      expect(bars.length).toBeGreaterThan(3);
      expect(new Set(bars).size).toBeGreaterThan(2);
      expect(Math.max(...bars)).toBeGreaterThan(100);
      expect(blocked).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("the goal tree's progress bars show each goal's progress, with nothing blocked", async () => {
    const { page, blocked } = await open("/strategia");
    try {
      await page.locator("cwd-goal-tree").getByRole("treeitem").first().waitFor();
      const progress = await widths(page, "cwd-goal-tree", ".bar > span");
      expect(new Set(progress).size).toBeGreaterThan(2);
      expect(blocked).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
