import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, chromiumPath } from "../scripts/chromium.mjs";
import { type ServeProcess, startDemo } from "./serve-process.js";

// WCAG 2.1 SC 1.4.10 (Reflow), which Polish law requires of public bodies' sites: at 320 CSS px
// nothing may need horizontal scrolling, except a table or chart scrolling inside its own box, which
// a keyboard user must then be able to reach (focusable, with a name).
const width = 320;

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

/** What breaks reflow on the page as it stands: its own width, and boxes scrolling out of reach. */
function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const problems: string[] = [];
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width) problems.push(`the page is ${scrollWidth} px wide`);
    const visit = (root: Document | ShadowRoot, where: string) => {
      for (const element of root.querySelectorAll<HTMLElement>("*")) {
        const overflow = getComputedStyle(element).overflowX;
        const scrolls = /auto|scroll/.test(overflow) && element.scrollWidth > element.clientWidth + 1;
        // Inside a closed <details> a box is not rendered, so it cannot take the focus yet.
        if (scrolls && element.checkVisibility()) {
          element.focus();
          const focused = (element.getRootNode() as Document | ShadowRoot).activeElement === element;
          const name =
            element.getAttribute("aria-label") ??
            element.getAttribute("aria-labelledby") ??
            element.querySelector(":scope > caption")?.textContent;
          if (!focused || !name?.trim())
            problems.push(`${where} ${element.localName}.${element.className} scrolls without focus or name`);
        }
        if (element.shadowRoot) visit(element.shadowRoot, `${where} ${element.localName}`);
      }
    };
    visit(document, "");
    return problems;
  }, width);
}

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${served.url}${path}`, { waitUntil: "networkidle" });
  return page;
}

/**
 * Each step of a survey: sent empty (its errors shown), then answered with the first choices, up to
 * the last step (the one that sends). The steps seen are counted, so a stuck survey is noticed.
 */
async function surveyStepProblems(page: Page): Promise<{ steps: number; problems: string[] }> {
  const survey = page.locator("cwd-survey");
  const problems: string[] = [];
  let step = 1;
  for (; step <= 10; step++) {
    const next = survey.getByRole("button", { name: /dalej/i });
    await survey
      .getByRole("button", { name: /dalej|wyślij/i })
      .first()
      .waitFor();
    problems.push(...(await reflowProblems(page)).map((p) => `step ${step}: ${p}`));
    if ((await next.count()) === 0) break;
    await next.click();
    problems.push(...(await reflowProblems(page)).map((p) => `step ${step} with errors: ${p}`));
    for (const group of await survey.locator("fieldset:has(input[type=radio])").all())
      await group.locator("input[type=radio]").first().check();
    for (const group of await survey.locator("fieldset:has(input[type=checkbox])").all())
      await group.locator("input[type=checkbox]").first().check();
    for (const select of await survey.locator("select").all()) await select.selectOption({ index: 1 });
    await next.click();
  }
  return { steps: step, problems };
}

describe("reflow at 320 CSS px (WCAG 1.4.10)", () => {
  const pages = [
    "/",
    "/en",
    "/ankiety",
    // Closed: it shows a notice and its results.
    "/ankiety/bank-uczniowie",
    "/ankiety/bank-uczniowie/wyniki",
    "/strategia",
    "/strategia-statyczna",
    "/projekty",
    "/plan",
    "/en/plan",
    "/konsultacje",
    "/admin/moderacja",
  ];
  it.each(pages)("%s needs no horizontal scrolling", async (path) => {
    const page = await open(path);
    try {
      await page.waitForFunction(() =>
        [...document.querySelectorAll("*")]
          .filter((element) => element.localName.startsWith("cwd-"))
          .every(
            (element) =>
              element.shadowRoot?.firstElementChild && !element.shadowRoot.querySelector("[aria-busy=true]"),
          ),
      );
      expect(await reflowProblems(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each([
    { id: "ankieta-mieszkancow", steps: 3 },
    { id: "bank-liderzy", steps: 2 },
  ])("every step of the survey $id reflows", async ({ id, steps }) => {
    const page = await open(`/ankiety/${id}`);
    try {
      expect(await surveyStepProblems(page)).toEqual({ steps, problems: [] });
    } finally {
      await page.close();
    }
  });

  it("the strategy's per-member indicator views, opened, keep their tables in reach", async () => {
    const page = await open("/strategia");
    try {
      const charts = page.locator("cwd-indicator-chart");
      await charts.first().locator("summary").waitFor();
      for (const summary of await charts.locator("summary").all()) await summary.click();
      await charts.locator("details table").first().waitFor();
      expect(await reflowProblems(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("the survey results' crosstabs scroll in their own named, focusable boxes", async () => {
    const page = await open("/ankiety/bank-uczniowie/wyniki");
    try {
      const results = page.locator("cwd-survey-results");
      await results.locator("select[name=by]").selectOption("gmina");
      await results.locator("table.crosstab").first().waitFor();
      expect(await reflowProblems(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
