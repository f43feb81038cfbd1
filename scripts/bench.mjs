// `npm run bench`: figures, never assertions. Needs `npm run build` first.
// Prints the widget sizes and how fast each store takes responses and pages through them.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { goalTreeBench } from "./goal-tree-bench.mjs";
import { sizeReport } from "./size.mjs";

const demo = JSON.parse(
  readFileSync(new URL("../packages/cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url)),
);
const { importPartnership, parseExchangeDocument } = await import("@cwd/core");
const { createMemoryStore } = await import("@cwd/adapters/memory");
const { openPgliteStore } = await import("@cwd/adapters/sql");
const { createHandler } = await import("@cwd/adapters/handler");
const { createHttpStore } = await import("@cwd/adapters/http");

function responseNumber(i) {
  const hex = i.toString(16).padStart(12, "0");
  return {
    id: `00000000-0000-4000-8000-${hex}`,
    partnershipId: "ziemia-wysokomazowiecka",
    surveyId: "ankieta-mieszkancow",
    submittedAt: "2026-11-27T10:00:00Z",
    answers: { gmina: "gmina-klukowo", "ocena-miejsca": (i % 5) + 1, problemy: ["transport", "zdrowie"] },
  };
}

async function measure(name, store, count) {
  await importPartnership(store, parseExchangeDocument(demo));
  let start = performance.now();
  for (let i = 0; i < count; i++) await store.submit("responses", responseNumber(i));
  const submitMs = performance.now() - start;
  start = performance.now();
  await Promise.all(Array.from({ length: 50 }, () => store.submit("responses", responseNumber(0))));
  const retryMs = performance.now() - start;
  start = performance.now();
  let cursor;
  let listed = 0;
  do {
    const page = await store.listSubmissions("responses", {
      partnershipId: "ziemia-wysokomazowiecka",
      cursor,
      limit: 100,
    });
    listed += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  const listMs = performance.now() - start;
  console.log(
    `${name.padEnd(22)} submit ${count}: ${(count / (submitMs / 1000)).toFixed(0).padStart(6)}/s` +
      `   50 parallel retries: ${retryMs.toFixed(0).padStart(4)} ms   list ${listed} in pages of 100: ${listMs.toFixed(0).padStart(4)} ms`,
  );
  await store.close();
}

await sizeReport();
await goalTreeBench();
console.log("\nStores (sequential submits, one process, this machine):");
await measure("memory", createMemoryStore(), 5000);
const dir = mkdtempSync(join(tmpdir(), "cwd-bench-"));
await measure("PGlite (data folder)", await openPgliteStore(dir), 2000);
rmSync(dir, { recursive: true, force: true });
const { openPostgresStore } = await import("@cwd/adapters/sql");
const { findPostgresBin, startCluster } = await import("./postgres-cluster.mjs");
const bin = process.env.CWD_TEST_DATABASE_URL ? undefined : findPostgresBin();
const cluster = bin ? await startCluster(bin) : undefined;
const postgresUrl = process.env.CWD_TEST_DATABASE_URL ?? cluster?.url;
if (postgresUrl) {
  await measure(
    "PostgreSQL (local)",
    await openPostgresStore(postgresUrl, { schema: `bench_${Date.now()}` }),
    2000,
  );
} else {
  console.log(
    "PostgreSQL             not measured: set CWD_TEST_DATABASE_URL or install Debian's postgresql",
  );
}
cluster?.stop();
const backing = createMemoryStore();
const handler = createHandler(backing, { adminToken: "bench-admin-token-0123456789" });
const http = createHttpStore({
  baseUrl: "http://bench/api",
  token: "bench-admin-token-0123456789",
  fetch: (input, init) => handler.fetch(new Request(input, init)),
});
await measure("http → memory", http, 2000);

// The whole server over loopback: 1000 public POSTs, 50 at a time, to `cwd serve` on PGlite.
const { openStorage, readConfig, seedDemo, startServer } = await import("@cwd/cli");
const serveDir = mkdtempSync(join(tmpdir(), "cwd-bench-serve-"));
// The limit per client is off: every request comes from this one address.
const config = readConfig({ dataDir: serveDir, port: "0" }, { CWD_PUBLIC_WRITES_PER_MINUTE: "0" });
const { store: served } = await openStorage(config);
await seedDemo(served);
const server = await startServer(served, config);
const endpoint = `${server.url}/api/partnerships/ziemia-wysokomazowiecka/surveys/ankieta-mieszkancow/responses`;
const statuses = new Map();
const total = 1000;
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: 50 }, async () => {
    while (next < total) {
      const i = next++;
      const res = await fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(responseNumber(100_000 + i)),
      });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
console.log(
  `\ncwd serve on PGlite, HTTP over loopback: ${total} POSTs of a response, 50 concurrent: ${(total / seconds).toFixed(0)}/s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
);
await server.close();
await served.close();
rmSync(serveDir, { recursive: true, force: true });

// A submission is one round trip: cwd serve on PostgreSQL beside pgbench inserting the same row.
await import("./bench/submit-postgres.mjs");

// Participatory budgeting: Equal Shares (cost satisfaction) with every Add1 completion on each Pabulib
// file, one process per file so that peak memory is that file's alone (the largest of its variants).
const { execFileSync } = await import("node:child_process");
const { readdirSync } = await import("node:fs");
const pabulib = new URL("../packages/core/test/data/pabulib/", import.meta.url);
const add1Variants = {
  add1: { completion: "add1" },
  "add1-greedy": { completion: "add1-greedy" },
  "add1-until-overspend": { completion: "add1-until-overspend" },
  "add1-until-overspend-greedy": { completion: "add1-until-overspend-greedy" },
  // The equalshares.net tool's defaults: floor(B/n) start, exhaustive over all projects, its tie order.
  "tool (add1-greedy)": {
    completion: "add1-greedy",
    add1Start: "integral",
    add1Exhaustive: "all",
    tieBreaking: "cost-votes",
  },
};
const budgetRun = `
  const { readFileSync } = await import("node:fs");
  const { electionFromPabulib, equalShares, parsePabulib } = await import("@cwd/core");
  const started = performance.now();
  const election = electionFromPabulib(parsePabulib(readFileSync(process.argv[1], "utf8")));
  const parseMs = performance.now() - started;
  const runs = Object.entries(JSON.parse(process.argv[2])).map(([variant, options]) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const outcome = equalShares(election, options);
    const { user, system } = process.cpuUsage(cpu);
    return { variant, ms: performance.now() - start, cpuMs: (user + system) / 1000, selected: outcome.selected.length };
  });
  // VmHWM, this process's own peak (maxRSS can carry the parent's across exec).
  const hwmKiB = Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1]);
  console.log(JSON.stringify({ parseMs, runs, peakMiB: hwmKiB / 1024 }));`;
// CPU time beside wall time: on a shared machine the wall time also counts the other processes.
console.log("\nEqual Shares + Add1 (cost satisfaction), one process per file, each Add1 variant:");
for (const name of readdirSync(pabulib)
  .filter((file) => file.endsWith(".pb"))
  .sort()) {
  const output = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", budgetRun, new URL(name, pabulib).pathname, JSON.stringify(add1Variants)],
    { encoding: "utf8" },
  );
  const { parseMs, runs, peakMiB } = JSON.parse(output);
  console.log(`${name}: parse ${parseMs.toFixed(0)} ms, peak RSS ${peakMiB.toFixed(0)} MiB`);
  for (const { variant, ms, cpuMs, selected } of runs)
    console.log(
      `  ${variant.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms (CPU ${cpuMs.toFixed(0).padStart(6)} ms)   ${String(selected).padStart(3)} selected`,
    );
}

// Survey statistics and the CSV export at scale, each in its own process (peak memory is theirs alone).
console.log("\nSurveys (one process each):");
for (const what of ["aggregate", "csv"]) {
  process.stdout.write(
    execFileSync(process.execPath, [new URL("./bench-surveys.mjs", import.meta.url).pathname, what], {
      encoding: "utf8",
    }),
  );
}
