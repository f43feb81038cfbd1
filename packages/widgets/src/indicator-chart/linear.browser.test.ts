import { scaleLinear } from "d3-scale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearScale } from "./linear.js";

// Figures as statistics give them: up to two decimals.
const finite = fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100);

describe("linearScale", () => {
  it("maps and ticks as d3's scaleLinear().nice() does", () => {
    fc.assert(
      fc.property(finite, finite, finite, fc.integer({ min: 1, max: 10 }), (a, b, value, count) => {
        const low = Math.min(a, b);
        const high = Math.max(a, b);
        const ours = linearScale([low, high], [128, 12]);
        const d3 = scaleLinear().domain([low, high]).nice().range([128, 12]);
        // Equal up to rounding, which grows with the size of the mapped number.
        expect(Math.abs(ours(value) - d3(value))).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(d3(value))),
        );
        expect(ours.ticks(count)).toEqual(d3.ticks(count));
      }),
    );
  });

  it("puts a flat domain mid-range", () => {
    expect(linearScale([5, 5], [100, 0])(5)).toBe(50);
  });
});
