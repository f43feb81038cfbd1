import { describe, expect, it } from "vitest";
import { ValidationError } from "../../store/errors.js";
import type { Criterion } from "./criteria.js";
import { seededRandom } from "./prng.js";
import type { ProjectScores } from "./project-scores.js";
import { rankProjects, topK } from "./ranking.js";
import { scoreProjects } from "./score-projects.js";
import { topKProbabilities } from "./top-k-probability.js";
import { moveWeight, stableWeightIntervals } from "./weight-intervals.js";
import { withWeights } from "./weights.js";

const criterion = (id: string, weight: number): Criterion => ({
  id,
  label: { pl: id },
  direction: "benefit",
  scale: { min: 0, max: 10 },
  weight,
});
const criteria = [criterion("a", 1), criterion("b", 1)];
const project = (projectId: string, a: number, b: number): ProjectScores => ({ projectId, scores: { a, b } });
// Weighted sums at weight t on "a": p1 = t, p2 = 1 − t, p3 = 0.6. p3 leads while 0.4 < t < 0.6.
const projects = [project("p1", 10, 0), project("p2", 0, 10), project("p3", 6, 6)];

describe("stableWeightIntervals", () => {
  it("finds the exact crossings for the weighted sum", () => {
    const intervals = stableWeightIntervals(criteria, projects, { k: 1 });
    expect(intervals).toHaveLength(2);
    for (const interval of intervals) {
      expect(interval.weight).toBe(0.5);
      expect(interval.top).toEqual(["p3"]);
      expect(interval.from).toBeCloseTo(0.4, 14);
      expect(interval.to).toBeCloseTo(0.6, 14);
    }
    // With k = 3 every project is in the top k, whatever the weight.
    expect(stableWeightIntervals(criteria, projects, { k: 3 })[0]).toMatchObject({ from: 0, to: 1 });
  });

  it("reports a zero-width interval when the current weights sit on a tie at the cut", () => {
    expect(stableWeightIntervals(criteria, projects, { k: 2 })[0]).toMatchObject({ from: 0.5, to: 0.5 });
  });

  it("bisects TOPSIS bounds to 1e-6, on the inner side", () => {
    const [interval] = stableWeightIntervals(criteria, projects, { k: 1, method: "topsis" });
    const topAt = (t: number) =>
      topK(
        rankProjects(scoreProjects("topsis", withWeights(criteria, moveWeight([0.5, 0.5], 0, t)), projects)),
        1,
      );
    expect(interval!.top).toEqual(["p3"]);
    expect(interval!.from).toBeLessThan(0.5);
    expect(interval!.to).toBeGreaterThan(0.5);
    expect(topAt(interval!.from)).toEqual(["p3"]);
    expect(topAt(interval!.to)).toEqual(["p3"]);
    expect(topAt(interval!.from - 2e-6)).not.toEqual(["p3"]);
    expect(topAt(interval!.to + 2e-6)).not.toEqual(["p3"]);
  });

  it("rescales the other weights in proportion, or equally when they are all 0", () => {
    expect(moveWeight([0.5, 0.3, 0.2], 0, 0.8)).toEqual(
      [0.8, 0.3 * 0.4, 0.2 * 0.4].map((w) => expect.closeTo(w, 15)),
    );
    expect(moveWeight([1, 0, 0], 0, 0.4)).toEqual([0.4, 0.3, 0.3]);
  });

  it("refuses k outside 1..number of projects", () => {
    expect(() => stableWeightIntervals(criteria, projects, { k: 4 })).toThrow(ValidationError);
    expect(() => topKProbabilities(criteria, projects, { k: 0 })).toThrow(ValidationError);
  });
});

describe("topKProbabilities", () => {
  it("is reproducible with a seed and counts each run once per project", () => {
    const first = topKProbabilities(criteria, projects, { k: 1, seed: 7, samples: 500 });
    expect(topKProbabilities(criteria, projects, { k: 1, seed: 7, samples: 500 })).toEqual(first);
    expect(first.reduce((sum, p) => sum + p.probability, 0)).toBeCloseTo(1, 12);
    // ±20 % around equal weights keeps t within [0.4, 0.6]: p3 stays first unless t leaves (0.4, 0.6).
    expect(first.find((p) => p.projectId === "p3")!.probability).toBe(1);
  });

  it("moves probability to the challengers when the weights may move further", () => {
    const wide = topKProbabilities(criteria, projects, { k: 1, spread: 0.9, samples: 2000, seed: 3 });
    const p3 = wide.find((p) => p.projectId === "p3")!.probability;
    expect(p3).toBeGreaterThan(0.3);
    expect(p3).toBeLessThan(0.9);
    expect(wide[0]!.probability).toBeCloseTo(wide[1]!.probability, 1);
  });

  it("gives 0 or 1 with no spread", () => {
    const fixed = topKProbabilities(criteria, [project("p1", 9, 9), project("p2", 1, 1)], {
      k: 1,
      spread: 0,
    });
    expect(fixed.map((p) => p.probability)).toEqual([1, 0]);
  });
});

describe("seededRandom", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(values[0]);
  });
});
