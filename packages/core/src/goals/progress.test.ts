import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../store/errors.js";
import type { Goal } from "./goal.js";
import type { Indicator } from "./indicator.js";
import { indicatorProgress, rollUpProgress, statusOf } from "./progress.js";

const pid = "p";
const goal = (id: string, level: Goal["level"], parentId?: string, weight?: number): Goal => ({
  id,
  partnershipId: pid,
  level,
  title: { pl: id },
  ...(parentId ? { parentId } : {}),
  ...(weight ? { weight } : {}),
});
const indicator = (
  id: string,
  goalId: string,
  baseline: [number, number],
  target: [number, number],
  measurements: [number, number][],
  weight?: number,
): Indicator => ({
  id,
  partnershipId: pid,
  goalId,
  name: { pl: id },
  unit: "x",
  direction: target[0] > baseline[0] ? "increase" : "decrease",
  baseline: { value: baseline[0], year: baseline[1] },
  target: { value: target[0], year: target[1] },
  measurements: measurements.map(([value, year]) => ({ value, year })),
  source: "test",
  ...(weight ? { weight } : {}),
});

// A fixed tree; every expected figure below is worked out by hand in the comments.
const goals = [
  goal("v", "vision"),
  goal("s1", "strategic", "v", 2),
  goal("o1", "operational", "s1"),
  goal("d1", "direction", "o1"),
  goal("d2", "direction", "o1"),
  goal("s2", "strategic", "v"),
  goal("o2", "operational", "s2"),
  goal("s3", "strategic", "v"),
];
const indicators = [
  // latest is 2025 (14): (14−10)/(20−10) = 0.4; expected (2025−2020)/10 = 0.5; 0.1 behind: at risk
  indicator(
    "i1",
    "d1",
    [10, 2020],
    [20, 2030],
    [
      [13, 2024],
      [14, 2025],
    ],
  ),
  // past the target: (250−100)/100 = 1.5 → 1; expected 0.5: on track
  indicator("i2", "d1", [100, 2020], [200, 2030], [[250, 2025]]),
  // lower is better: (40−50)/(30−50) = 0.5; expected 2/10 = 0.2: on track; weight 3
  indicator("i3", "d2", [50, 2020], [30, 2030], [[40, 2022]], 3),
  // behind the baseline: (4−5)/5 → 0; expected 0.5: off track
  indicator("i4", "d2", [5, 2020], [10, 2030], [[4, 2025]]),
  // no measurement: no data, left out of s1
  indicator("i5", "s1", [1, 2020], [2, 2030], []),
  // lower is better past the target, measured after the target year: 1, expected 1
  indicator("i6", "s2", [20, 2020], [10, 2025], [[8, 2026]]),
];

describe("indicatorProgress", () => {
  it("computes progress, expected progress and status from the latest measurement", () => {
    const { indicators: result } = rollUpProgress(goals, indicators);
    const pick = (id: string) => {
      const r = result.get(id);
      return [r?.progress, r?.expected, r?.status];
    };
    expect(pick("i1")[2]).toBe("at_risk");
    expect(pick("i1")[0]).toBeCloseTo(0.4, 12);
    expect(pick("i2")).toEqual([1, 0.5, "on_track"]);
    expect(pick("i3")).toEqual([0.5, 0.2, "on_track"]);
    expect(pick("i4")).toEqual([0, 0.5, "off_track"]);
    expect(pick("i5")).toEqual([null, null, "no_data"]);
    expect(pick("i6")).toEqual([1, 1, "on_track"]);
    expect(result.get("i1")?.latest).toEqual({ value: 14, year: 2025 });
  });

  it("never says 0 for an indicator without measurements", () => {
    expect(indicatorProgress(indicators[4] as Indicator).progress).toBeNull();
  });

  it("stays within [0, 1] whatever is measured", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 1900, max: 2100 }),
        (value, year) => {
          const r = indicatorProgress({
            baseline: { value: 0, year: 2020 },
            target: { value: 10, year: 2030 },
            measurements: [{ value, year }],
          });
          expect(r.progress).toBeGreaterThanOrEqual(0);
          expect(r.progress).toBeLessThanOrEqual(1);
          expect(r.expected).toBeGreaterThanOrEqual(0);
          expect(r.expected).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe("statusOf", () => {
  it("is on track at or above expected, at risk within 0.1 below, off track further", () => {
    expect(statusOf(0.5, 0.5)).toBe("on_track");
    expect(statusOf(0.7, 0.5)).toBe("on_track");
    expect(statusOf(0.4, 0.5)).toBe("at_risk");
    expect(statusOf(0.3 - 0.2, 0.2)).toBe("at_risk");
    expect(statusOf(0.39, 0.5)).toBe("off_track");
  });
});

describe("rollUpProgress", () => {
  it("rolls weighted means up through every level, leaving out goals and indicators with no data", () => {
    const { goals: result } = rollUpProgress(goals, indicators);
    // d1 = (0.4 + 1) / 2 = 0.7; expected (0.5 + 0.5) / 2 = 0.5
    expect(result.get("d1")?.progress).toBeCloseTo(0.7, 12);
    expect(result.get("d1")?.status).toBe("on_track");
    // d2 = (3 × 0.5 + 1 × 0) / 4 = 0.375; expected (3 × 0.2 + 0.5) / 4 = 0.275
    expect(result.get("d2")?.progress).toBeCloseTo(0.375, 12);
    expect(result.get("d2")?.expected).toBeCloseTo(0.275, 12);
    // o1 = (0.7 + 0.375) / 2 = 0.5375; expected (0.5 + 0.275) / 2 = 0.3875
    expect(result.get("o1")?.progress).toBeCloseTo(0.5375, 12);
    // s1: i5 has no data and is left out, so s1 = o1
    expect(result.get("s1")).toMatchObject({ counted: 1, leftOut: 1, status: "on_track" });
    expect(result.get("s1")?.progress).toBeCloseTo(0.5375, 12);
    // s2: o2 has nothing below it, so s2 = i6 = 1
    expect(result.get("o2")).toEqual({
      progress: null,
      expected: null,
      status: "no_data",
      counted: 0,
      leftOut: 0,
    });
    expect(result.get("s2")).toMatchObject({ progress: 1, counted: 1, leftOut: 1 });
    expect(result.get("s3")?.status).toBe("no_data");
    // v = (2 × 0.5375 + 1 × 1) / 3 = 0.691666…; expected (2 × 0.3875 + 1) / 3 = 0.591666…
    expect(result.get("v")?.progress).toBeCloseTo(2.075 / 3, 12);
    expect(result.get("v")?.expected).toBeCloseTo(1.775 / 3, 12);
    expect(result.get("v")).toMatchObject({ status: "on_track", counted: 2, leftOut: 1 });
  });

  it("refuses an unsound tree, naming the goal", () => {
    expect(() => rollUpProgress([...goals, goal("x", "direction", "s3")], [])).toThrow(ValidationError);
    try {
      rollUpProgress([...goals, goal("x", "direction", "s3")], []);
    } catch (error) {
      expect((error as ValidationError).issues[0]?.message).toMatch(
        /^x is a direction goal.*s3 is strategic/,
      );
    }
  });
});
