import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Runs the built command, as a user would: `npm run build` first (npm test does).
const bin = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const run = promisify(execFile);

/** Saaty (1990), "How to make a decision: The Analytic Hierarchy Process", EJOR 48: the house example. */
const house = {
  criteria: [
    "Size of house",
    "Transportation",
    "Neighbourhood",
    "Age of house",
    "Yard space",
    "Modern facilities",
    "General condition",
    "Financing",
  ],
  matrix: [
    [1, 5, 3, 7, 6, 6, "1/3", "1/4"],
    ["1/5", 1, "1/3", 5, 3, 3, "1/5", "1/7"],
    ["1/3", 3, 1, 6, 3, 4, 6, "1/5"],
    ["1/7", "1/5", "1/6", 1, "1/3", "1/4", "1/7", "1/8"],
    ["1/6", "1/3", "1/3", 3, 1, "1/2", "1/5", "1/6"],
    ["1/6", "1/3", "1/4", 4, 2, 1, "1/5", "1/6"],
    [3, 5, "1/6", 7, 5, 5, 1, "1/2"],
    [4, 7, 5, 8, 6, 6, 2, 1],
  ],
};

let dir: string;
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};
const cwd = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), "cwd-ahp-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cwd ahp", () => {
  it("prints Saaty's published weights, λmax, CI and CR, and flags the inconsistent judgement", async () => {
    const { code, stdout } = await cwd("ahp", file("house.json", house));
    expect(code).toBe(0);
    expect(stdout).toContain("Size of house:     0.1730");
    expect(stdout).toContain("Financing:         0.3332");
    expect(stdout).toContain("λmax: 9.6689");
    expect(stdout).toContain("CI: 0.2384");
    expect(stdout).toContain("CR: 0.1691 (Saaty 1980 random index)");
    expect(stdout).toContain(
      "CR above 0.1: revisit the judgements. Most inconsistent: Neighbourhood vs General condition, judged 6",
    );
  });

  it("gives the same figures as JSON, matching the published ones to 3 decimals", async () => {
    const { code, stdout } = await cwd("ahp", file("house.json", house), "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333];
    house.criteria.forEach((name, i) => {
      expect(Math.abs(report.weights[name] - published[i]!)).toBeLessThanOrEqual(0.0005);
    });
    expect(Math.abs(report.lambdaMax - 9.669)).toBeLessThanOrEqual(0.0005);
    expect(Math.abs(report.ci - 0.238)).toBeLessThanOrEqual(0.0005);
    expect(Math.abs(report.cr - 0.169)).toBeLessThanOrEqual(0.0005);
    expect(report.consistent).toBe(false);
    expect(report.mostInconsistent).toMatchObject({
      row: "Neighbourhood",
      column: "General condition",
      judgement: 6,
    });
  });

  it("takes --method geometric-mean, with the same CR", async () => {
    const { stdout } = await cwd("ahp", file("house.json", house), "--json", "--method", "geometric-mean");
    const report = JSON.parse(stdout);
    expect(Object.values(report.weights as Record<string, number>).reduce((a, b) => a + b, 0)).toBeCloseTo(
      1,
      12,
    );
    expect(report.weights.Neighbourhood).toBeCloseTo(0.1487, 4);
    expect(Math.abs(report.cr - 0.169)).toBeLessThanOrEqual(0.0005);
  });

  it("leaves out the flag when the judgements are consistent", async () => {
    const { stdout } = await cwd(
      "ahp",
      file("ok.json", {
        criteria: ["a", "b"],
        matrix: [
          [1, 3],
          ["1/3", 1],
        ],
      }),
      "--json",
    );
    expect(JSON.parse(stdout)).toEqual({
      weights: { a: 0.75, b: 0.25 },
      lambdaMax: 2,
      ci: 0,
      cr: 0,
      consistent: true,
    });
  });

  it("names the bad field and exits 1", async () => {
    const bad = {
      criteria: ["a", "b", "c"],
      matrix: [
        [1, 3, 1],
        [0.333, 1, 3],
        [1, 3, 1],
      ],
    };
    const { code, stderr } = await cwd("ahp", file("bad.json", bad));
    expect(code).toBe(1);
    expect(stderr).toContain("matrix.2.1: must be 1/3 (the reciprocal of matrix.1.2)");
    const broken = await cwd("ahp", file("broken.json", "{ not json"));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("not valid JSON");
  });
});
