// `cwd import` a fixed data set, then `cwd results --by member --json` on the same PGlite folder:
// every figure checked against a computation written here, from the raw answers, not with @cwd/core.
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
const pid = demo.partnership.id as string;
const text = (pl: string) => ({ pl });
const options = (...ids: string[]) => ids.map((id) => ({ id, label: text(id) }));
const survey = {
  id: "ankieta-wyniki",
  partnershipId: pid,
  title: text("Ankieta do sprawdzenia wyników"),
  audience: "residents",
  status: "closed",
  sections: [
    {
      id: "wszystko",
      title: text("Pytania"),
      questions: [
        { id: "gmina", type: "member", text: text("Gmina?"), required: true },
        {
          id: "zgoda",
          type: "single_choice",
          text: text("Zgoda?"),
          required: true,
          options: options("tak", "nie"),
        },
        {
          id: "problemy",
          type: "multiple_choice",
          text: text("Problemy?"),
          required: false,
          options: options("x", "y"),
        },
        { id: "ocena", type: "scale", text: text("Ocena?"), required: true, min: 1, max: 5 },
      ],
    },
  ],
};

// 20 respondents: 12 from A, 6 from B, 2 from C, answers following fixed patterns.
const A = "miasto-wysokie-mazowieckie";
const B = "gmina-klukowo";
const C = "gmina-ciechanowiec";
const memberOf = (i: number) => (i < 12 ? A : i < 18 ? B : C);
const raw = Array.from({ length: 20 }, (_, i) => ({
  gmina: memberOf(i),
  zgoda: i % 3 === 0 ? "nie" : "tak",
  problemy: i % 4 === 0 ? undefined : i % 2 === 0 ? ["x", "y"] : ["x"],
  ocena: (i % 5) + 1,
}));
const responses = raw.map((answers, i) => ({
  id: `7a1e0c2d-0000-4000-8000-${i.toString(16).padStart(12, "0")}`,
  partnershipId: pid,
  surveyId: survey.id,
  submittedAt: "2026-11-27T10:00:00Z",
  answers: Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)),
}));

// The independent computation.
const population = (id: string): number =>
  demo.partnership.members.find((m: { id: string }) => m.id === id).population.value;
const n = raw.length;
const inMember = (m: string) => raw.filter((r) => r.gmina === m).length;
const popTotal = population(A) + population(B) + population(C);
const weight = (m: string) => population(m) / popTotal / (inMember(m) / n);
function wilson(x: number, total: number): [number, number] {
  const z = 1.959964;
  const p = x / total;
  const denominator = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / denominator;
  return [centre - half, centre + half];
}

let dir: string;
let results: {
  respondents: number;
  questions: Record<
    string,
    {
      answered: number;
      options?: Record<string, { count: number; share: number; wilson95: number[]; weightedShare: number }>;
      mean?: number;
      weightedMean?: number;
      sd?: number;
      median?: number;
    }
  >;
  weighting: { kishEffectiveN: number; weights: Record<string, number> };
  crosstabs: Record<string, Record<string, Record<string, number | null>>>;
};

function cwd(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, DATABASE_URL: "" },
    encoding: "utf8",
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cwd-results-"));
  const file = join(dir, "data.json");
  writeFileSync(file, JSON.stringify({ ...demo, surveys: [survey], responses }));
  const data = join(dir, "data");
  const imported = cwd(["import", file, "--data-dir", data]);
  expect(imported.err).toBe("");
  const run = cwd(["results", pid, survey.id, "--by", "gmina", "--json", "--data-dir", data]);
  expect(run.err).toBe("");
  results = JSON.parse(run.out);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cwd results --by gmina --json after cwd import", () => {
  it("counts respondents, shares and Wilson intervals", () => {
    expect(results.respondents).toBe(20);
    const tak = raw.filter((r) => r.zgoda === "tak").length;
    const option = results.questions.zgoda?.options?.tak;
    expect(option?.count).toBe(tak);
    expect(option?.share).toBeCloseTo(tak / n, 12);
    const [low, high] = wilson(tak, n);
    expect(option?.wilson95[0]).toBeCloseTo(low, 10);
    expect(option?.wilson95[1]).toBeCloseTo(high, 10);

    const answeredProblems = raw.filter((r) => r.problemy).length;
    const y = raw.filter((r) => r.problemy?.includes("y")).length;
    expect(results.questions.problemy?.answered).toBe(answeredProblems);
    expect(results.questions.problemy?.options?.y?.share).toBeCloseTo(y / answeredProblems, 12);
  });

  it("weights by member population: weighted shares and means, Kish's effective n", () => {
    for (const m of [A, B, C]) expect(results.weighting.weights[m]).toBeCloseTo(weight(m), 12);
    const w = raw.map((r) => weight(r.gmina));
    const sum = w.reduce((a, b) => a + b, 0);
    const sumSquares = w.reduce((a, b) => a + b * b, 0);
    expect(results.weighting.kishEffectiveN).toBeCloseTo((sum * sum) / sumSquares, 10);

    const weightedTak = raw.reduce((s, r, i) => s + (r.zgoda === "tak" ? (w[i] as number) : 0), 0) / sum;
    expect(results.questions.zgoda?.options?.tak?.weightedShare).toBeCloseTo(weightedTak, 12);
    const answeredWeight = raw.reduce((s, r, i) => s + (r.problemy ? (w[i] as number) : 0), 0);
    const weightedY = raw.reduce((s, r, i) => s + (r.problemy?.includes("y") ? (w[i] as number) : 0), 0);
    expect(results.questions.problemy?.options?.y?.weightedShare).toBeCloseTo(weightedY / answeredWeight, 12);

    const mean = raw.reduce((s, r) => s + r.ocena, 0) / n;
    const weightedMean = raw.reduce((s, r, i) => s + r.ocena * (w[i] as number), 0) / sum;
    const sd = Math.sqrt(raw.reduce((s, r) => s + (r.ocena - mean) ** 2, 0) / (n - 1));
    expect(results.questions.ocena?.mean).toBeCloseTo(mean, 12);
    expect(results.questions.ocena?.weightedMean).toBeCloseTo(weightedMean, 12);
    expect(results.questions.ocena?.sd).toBeCloseTo(sd, 12);
    expect(results.questions.ocena?.median).toBe(3);
  });

  it("suppresses crosstab cells with fewer than 5 respondents", () => {
    for (const m of [A, B, C]) {
      for (const answer of ["tak", "nie"]) {
        const cell = raw.filter((r) => r.gmina === m && r.zgoda === answer).length;
        expect(results.crosstabs.zgoda?.[m]?.[answer]).toBe(cell < 5 ? null : cell);
      }
    }
    // A has 8 "tak" (shown), C's 2 respondents are hidden whatever they said.
    expect(results.crosstabs.zgoda?.[A]?.tak).toBe(8);
    expect(results.crosstabs.zgoda?.[C]).toEqual({ tak: null, nie: null });
  });

  it("counts only a member's respondents with --where, hiding what fewer than k said", () => {
    const run = cwd(["results", pid, survey.id, "--where", `gmina=${A}`, "--data-dir", join(dir, "data")]);
    expect(run.err).toBe("");
    const fromA = JSON.parse(run.out) as typeof results;
    const ofA = raw.filter((r) => r.gmina === A);
    expect(fromA.respondents).toBe(ofA.length);
    for (const answer of ["tak", "nie"]) {
      const count = ofA.filter((r) => r.zgoda === answer).length;
      expect(fromA.questions.zgoda?.options?.[answer]?.count).toBe(count < 5 ? null : count);
    }
    expect(cwd(["results", pid, survey.id, "--where", "gmina"]).err).toContain("QUESTION=OPTION");
  });

  it("writes the CSV export and a printable report", () => {
    const data = join(dir, "data");
    const csv = cwd(["results", pid, survey.id, "--csv", "--semicolon", "--data-dir", data]);
    expect(csv.err).toBe("");
    const lines = csv.out.split("\r\n");
    expect(lines[0]).toBe("\uFEFFid;submittedAt;gmina;zgoda;problemy.x;problemy.y;ocena");
    expect(lines).toHaveLength(22);
    const html = cwd(["results", pid, survey.id, "--html", "--data-dir", data]);
    expect(html.out).toContain("Liczba respondentów: 20");
  });
});
