// `cwd import` a fixed goal tree into a PGlite folder, then `cwd progress --json` on the same folder.
// The expected figures are worked out by hand below, not with the code under test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const demo = JSON.parse(
  readFileSync(new URL("../../demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const pid: string = demo.partnership.id;

const goal = (id: string, level: string, parentId?: string, weight?: number) => ({
  id,
  partnershipId: pid,
  level,
  title: { pl: `Cel ${id}` },
  ...(parentId ? { parentId } : {}),
  ...(weight ? { weight } : {}),
});
const indicator = (
  id: string,
  goalId: string,
  direction: string,
  baseline: [number, number],
  target: [number, number],
  measurements: [number, number][],
) => ({
  id,
  partnershipId: pid,
  goalId,
  name: { pl: `Wskaźnik ${id}` },
  unit: "%",
  direction,
  baseline: { value: baseline[0], year: baseline[1] },
  target: { value: target[0], year: target[1] },
  measurements: measurements.map(([value, year]) => ({ value, year })),
  source: "test",
});

const goals = [
  goal("v", "vision"),
  goal("s1", "strategic", "v", 3),
  goal("o1", "operational", "s1"),
  goal("d1", "direction", "o1", 3),
  goal("d2", "direction", "o1"),
  goal("s2", "strategic", "v"),
  goal("o2", "operational", "s2"),
];
const indicators = [
  // latest 2024: 45 / 100 = 0.45; expected 4 / 10 = 0.4: on track
  indicator(
    "a",
    "d1",
    "increase",
    [0, 2020],
    [100, 2030],
    [
      [30, 2023],
      [45, 2024],
    ],
  ),
  // lower is better, and behind the baseline: (90 − 80) / (40 − 80) = −0.25 → 0; expected 0.5: off track
  indicator("b", "d1", "decrease", [80, 2020], [40, 2030], [[90, 2025]]),
  // past the target: (40 − 10) / 20 = 1.5 → 1; expected 4 / 5 = 0.8: on track
  indicator("c", "d2", "increase", [10, 2020], [30, 2025], [[40, 2024]]),
  // no measurement: no data
  indicator("e", "s2", "increase", [1, 2020], [2, 2030], []),
  // lower is better: (9 − 12) / (6 − 12) = 0.5; expected 0.6; 0.1 behind: at risk
  indicator("f", "o2", "decrease", [12, 2020], [6, 2030], [[9, 2026]]),
];
// d1 = (0.45 + 0) / 2 = 0.225, expected 0.45: off track
// d2 = 1, expected 0.8: on track
// o1 = (3 × 0.225 + 1 × 1) / 4 = 0.41875, expected (3 × 0.45 + 0.8) / 4 = 0.5375: 0.11875 behind, off track
// s1 = o1; o2 = f = 0.5, expected 0.6
// s2 = o2 (e left out), 1 counted, 1 left out
// v = (3 × 0.41875 + 1 × 0.5) / 4 = 0.4390625, expected (3 × 0.5375 + 0.6) / 4 = 0.553125: off track
const expectedGoals = {
  d1: [0.225, 0.45, "off_track", 2, 0],
  d2: [1, 0.8, "on_track", 1, 0],
  o1: [0.41875, 0.5375, "off_track", 2, 0],
  s1: [0.41875, 0.5375, "off_track", 1, 0],
  o2: [0.5, 0.6, "at_risk", 1, 0],
  s2: [0.5, 0.6, "at_risk", 1, 1],
  v: [0.4390625, 0.553125, "off_track", 2, 0],
} as const;
const expectedIndicators = {
  a: [0.45, 0.4, "on_track"],
  b: [0, 0.5, "off_track"],
  c: [1, 0.8, "on_track"],
  e: [null, null, "no_data"],
  f: [0.5, 0.6, "at_risk"],
} as const;

let dir: string;
function cwd(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args, "--data-dir", join(dir, "data")], {
    env: { ...process.env, DATABASE_URL: "" },
    encoding: "utf8",
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cwd-progress-"));
  // The demo's plan and calendar point at its own goals, which this tree replaces.
  const tree = { ...demo, goals, indicators, actions: [], events: [], signups: [] };
  writeFileSync(join(dir, "tree.json"), JSON.stringify(tree));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cwd progress", { timeout: 120_000 }, () => {
  it("prints each goal's and indicator's progress, as worked out by hand", () => {
    expect(cwd(["import", join(dir, "tree.json")]).status).toBe(0);
    const run = cwd(["progress", pid, "--json"]);
    expect(run.err).toBe("");
    const json = JSON.parse(run.out);
    for (const [id, [progress, expected, status, counted, leftOut]] of Object.entries(expectedGoals)) {
      const got = json.goals[id];
      expect([got.status, got.counted, got.leftOut], id).toEqual([status, counted, leftOut]);
      expect(got.progress, id).toBeCloseTo(progress, 10);
      expect(got.expected, id).toBeCloseTo(expected, 10);
    }
    for (const [id, [progress, expected, status]] of Object.entries(expectedIndicators)) {
      const got = json.indicators[id];
      expect(
        [
          got.progress === null ? null : Number(got.progress.toFixed(10)),
          got.expected === null ? null : Number(got.expected.toFixed(10)),
          got.status,
        ],
        id,
      ).toEqual([progress, expected, status]);
    }
    expect(json.goals.d2.number).toBe("1.1.2");
  });

  it("prints a readable tree without --json", () => {
    const run = cwd(["progress", pid]);
    expect(run.out).toContain("1.1.2 Cel d2: 100%, on track");
    expect(run.out).toContain("2 Cel s2: 50%, at risk (1 without data left out)");
    expect(run.out).toContain("- Wskaźnik e: –, no data");
  });

  it("refuses to import a tree with a goal out of place, naming it", () => {
    writeFileSync(
      join(dir, "bad.json"),
      JSON.stringify({ ...demo, goals: [...goals, goal("x", "direction", "v")] }),
    );
    const run = cwd(["import", join(dir, "bad.json")]);
    expect(run.status).toBe(1);
    expect(run.err).toContain(
      "goals.7.parentId: x is a direction goal, so its parent must be a operational goal; v is vision",
    );
  });
});

describe("cwd portrait import", { timeout: 120_000 }, () => {
  const options = [
    "--partnership",
    pid,
    "--variable",
    "Ludność",
    "--unit",
    "osoby",
    "--measure",
    "count",
    "--source",
    "test",
  ];

  it("imports BDL JSON and CSV into a series, replacing values for the same member and year", () => {
    writeFileSync(
      join(dir, "bdl.json"),
      JSON.stringify({
        results: [
          {
            id: "062030113042",
            name: "Klukowo",
            values: [
              { year: "2022", val: 4300, attrId: 1 },
              { year: "2023", val: 4280, attrId: 1 },
            ],
          },
          { id: "062030113034", name: "Czyżew - miasto", values: [{ year: "2023", val: 2500, attrId: 1 }] },
        ],
      }),
    );
    const bdl = cwd([
      "portrait",
      "import",
      join(dir, "bdl.json"),
      "--series",
      "ludnosc-bdl",
      "--bdl-variable",
      "72305",
      ...options,
    ]);
    expect(bdl.err).toBe("");
    expect(bdl.out).toContain(
      "2 values imported, 2 in the series (version 1); skipped units that are not members: Czyżew - miasto",
    );
    writeFileSync(join(dir, "ludnosc.csv"), "terc;year;value\n2013042;2023;4281\n2013011;2023;9200\n");
    expect(
      cwd(["portrait", "import", join(dir, "ludnosc.csv"), "--series", "ludnosc-bdl", ...options]).out,
    ).toContain("2 values imported, 3 in the series (version 2)");
    const exported = JSON.parse(cwd(["export", pid]).out);
    expect(exported.series.find((s: { id: string }) => s.id === "ludnosc-bdl").values).toEqual([
      { memberId: "gmina-klukowo", year: 2022, value: 4300 },
      { memberId: "gmina-klukowo", year: 2023, value: 4281 },
      { memberId: "miasto-wysokie-mazowieckie", year: 2023, value: 9200 },
    ]);
  });
});
