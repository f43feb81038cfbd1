// `cwd-goal-tree` in real Chromium, from the browser build (dist/browser): a 2,000-goal tree's first
// render (the first level open, and every level open) and one toggle. Figures, never assertions.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright";
import { chromiumArgs, chromiumPath, hasChromium } from "./chromium.mjs";

const root = fileURLToPath(new URL("../packages/widgets/dist/browser/", import.meta.url));

/** Serves the browser build and a blank page, as a municipal site would. */
function serve() {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/") return res.end("<!doctype html><html lang=pl><title>bench</title><body></body></html>");
    try {
      const body = await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, "")));
      res.setHeader("Content-Type", extname(path) === ".js" ? "text/javascript" : "application/octet-stream");
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Runs in the page: builds the tree, mounts the element on a store over plain arrays, times it. */
async function inPage({ size, openLevels }) {
  await import("/cwd-goal-tree.js");
  const pid = "p";
  const goals = [{ id: "v", partnershipId: pid, level: "vision", title: { pl: "Wizja" }, version: 1 }];
  const indicators = [];
  let frontier = ["v"];
  for (const level of ["strategic", "operational", "direction"]) {
    const next = [];
    for (const parentId of frontier)
      for (let k = 0; k < 13 && goals.length < size; k++) {
        const id = `${parentId}-${k}`;
        goals.push({ id, partnershipId: pid, parentId, level, title: { pl: `Cel ${id}` }, version: 1 });
        next.push(id);
        if (level === "direction")
          indicators.push({
            id: `w-${id}`,
            partnershipId: pid,
            goalId: id,
            name: { pl: id },
            unit: "%",
            direction: "increase",
            baseline: { value: 0, year: 2020 },
            target: { value: 10, year: 2030 },
            measurements: [{ year: 2025, value: k % 10 }],
            source: "bench",
            version: 1,
          });
      }
    frontier = next;
  }
  const items = { goals, indicators };
  const store = {
    async list(collection, query) {
      const all = items[collection] ?? [];
      const start = Number(query.cursor ?? 0);
      const end = start + (query.limit ?? 50);
      return { items: all.slice(start, end), ...(end < all.length ? { nextCursor: String(end) } : {}) };
    },
  };
  const element = document.createElement("cwd-goal-tree");
  element.partnership = pid;
  element.openLevels = openLevels;
  element.store = store;
  const started = performance.now();
  document.body.append(element);
  while (!element.shadowRoot?.querySelector('[role="tree"]')) await new Promise((r) => setTimeout(r, 0));
  document.body.offsetHeight; // layout included
  const firstRender = performance.now() - started;
  const rows = element.shadowRoot.querySelectorAll('[role="treeitem"]').length;
  const toggled = element.shadowRoot.querySelector("#goal-v-0");
  const t0 = performance.now();
  toggled.click();
  await element.updateComplete;
  document.body.offsetHeight;
  const toggle = performance.now() - t0;
  const after = element.shadowRoot.querySelectorAll('[role="treeitem"]').length;
  element.remove();
  return { goals: goals.length, firstRender, rows, toggle, after };
}

export async function goalTreeBench() {
  if (!hasChromium())
    return console.log("cwd-goal-tree          not measured: no Chromium (set CHROMIUM_PATH)");
  const server = await serve();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    console.log("\ncwd-goal-tree in Chromium (browser build, a store over arrays; median of 5):");
    for (const openLevels of [1, 4]) {
      const runs = [];
      for (let i = 0; i < 5; i++) runs.push(await page.evaluate(inPage, { size: 2000, openLevels }));
      const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[2];
      const { goals, rows, after } = runs[0];
      console.log(
        `${goals} goals, ${openLevels === 1 ? "first level open" : "every level open"}: first render ${median("firstRender").toFixed(1)} ms (${rows} rows)   one toggle ${median("toggle").toFixed(1)} ms (${rows} → ${after} rows)`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}
