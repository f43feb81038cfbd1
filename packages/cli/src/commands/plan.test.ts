// `cwd import` a fixed plan, then `cwd plan --at … --json` and `cwd events ics` on the same PGlite folder.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServe } from "../../../../e2e/serve-process.js";

const bin = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const demo = JSON.parse(
  readFileSync(new URL("../../demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const partnershipId: string = demo.partnership.id;

const action = (id: string, start: string, end: string, status: string, dependsOn: string[] = []) => ({
  id,
  partnershipId,
  title: { pl: id },
  goalId: demo.goals[1].id,
  lead: demo.partnership.members[0].id,
  start,
  end,
  dependsOn,
  status,
});

// Worked by hand, days counted from 2 March 2026 (the first start):
//   p1 30 days: early 0–30, p3 30 days: early 0–30, p2 after p1: 30–60, p5 after p3: 30–60,
//   p4 61 days after p2 and p3: 60–121, so the plan ends on day 120, 30 June.
//   Late starts back from 121: p4 60, p5 91, p2 30, p3 min(60, 91) − 30 = 30, p1 0.
//   Slack: p1 0, p2 0, p3 30, p4 0, p5 61; critical path p1 → p2 → p4.
//   On 20 April: p3 and p5 are still planned after their start days, so late; p1 is done, p2 runs
//   until 30 April, p4 starts on 1 May.
const actions = [
  action("p1", "2026-03-02", "2026-03-31", "done"),
  action("p2", "2026-04-01", "2026-04-30", "in_progress", ["p1"]),
  action("p3", "2026-03-16", "2026-04-14", "planned"),
  action("p4", "2026-05-01", "2026-06-30", "planned", ["p2", "p3"]),
  action("p5", "2026-04-15", "2026-05-14", "planned", ["p3"]),
];
const events = [
  {
    id: "debata",
    partnershipId,
    kind: "debate",
    title: { pl: "Debata, o transporcie; i szkołach" },
    start: "2026-03-30T18:00",
    end: "2026-03-30T20:00",
    place: { pl: "MOK Wysokie Mazowieckie" },
  },
];

let dir: string;
function cwd(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args, "--data-dir", join(dir, "data")], {
    env: { ...process.env, DATABASE_URL: "" },
    encoding: "utf8",
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cwd-plan-"));
  const file = join(dir, "plan.json");
  writeFileSync(file, JSON.stringify({ ...demo, actions, events }));
  expect(cwd(["import", file]).status).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cwd plan", () => {
  it("prints late status, slack and the critical path worked out by hand", { timeout: 60_000 }, () => {
    const { status, out, err } = cwd(["plan", partnershipId, "--at", "2026-04-20", "--json"]);
    expect(err).toBe("");
    expect(status).toBe(0);
    const result = JSON.parse(out);
    const pick = (key: string) =>
      Object.fromEntries(
        Object.entries(result.actions).map(([id, a]) => [id, (a as Record<string, unknown>)[key]]),
      );
    expect(pick("late")).toEqual({ p1: false, p2: false, p3: true, p4: false, p5: true });
    expect(pick("slackDays")).toEqual({ p1: 0, p2: 0, p3: 30, p4: 0, p5: 61 });
    expect(pick("critical")).toEqual({ p1: true, p2: true, p3: false, p4: true, p5: false });
    expect(result.criticalPath).toEqual(["p1", "p2", "p4"]);
    expect(result.finish).toBe("2026-06-30");
  });

  it("prints a table without --json, and names a bad date", { timeout: 60_000 }, () => {
    const table = cwd(["plan", partnershipId, "--at", "2026-04-20"]);
    expect(table.out).toContain("Critical path: p1 → p2 → p4");
    expect(table.out).toMatch(/p3.*LATE/);
    const bad = cwd(["plan", partnershipId, "--at", "20.04.2026"]);
    expect(bad.status).toBe(1);
    expect(bad.err).toContain("--at: must be a date written YYYY-MM-DD");
  });
});

describe("cwd plan --api", () => {
  it("reads the plan through a running server's API, with the same answer", {
    timeout: 120_000,
  }, async () => {
    const direct = cwd(["plan", partnershipId, "--at", "2026-04-20", "--json"]);
    const serve = await startServe({
      CWD_DATA_DIR: join(dir, "data"),
      CWD_ADMIN_TOKEN: "plan-admin-token-0123456789",
    });
    try {
      const viaApi = cwd(["plan", partnershipId, "--at", "2026-04-20", "--json", "--api", serve.url]);
      expect(viaApi.err).toBe("");
      expect(viaApi.status).toBe(0);
      expect(JSON.parse(viaApi.out)).toEqual(JSON.parse(direct.out));
      const missing = cwd(["plan", "nie-ma-takiego", "--json", "--api", `${serve.url}/api`]);
      expect(missing.status).toBe(1);
      expect(missing.err).toContain("nie-ma-takiego");
    } finally {
      await serve.stop();
    }
  });
});

describe("cwd events ics", () => {
  it("writes the calendar with Warsaw times", { timeout: 60_000 }, () => {
    const file = join(dir, "events.ics");
    expect(cwd(["events", "ics", partnershipId, "-o", file]).status).toBe(0);
    const ics = readFileSync(file, "utf8");
    expect(ics).toContain("DTSTART;TZID=Europe/Warsaw:20260330T180000\r\n");
    expect(ics).toContain("SUMMARY:Debata\\, o transporcie\\; i szkołach\r\n");
  });
});
