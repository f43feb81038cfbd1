import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportion, sharedServiceCosts } from "./shared-service.js";

// School transport in 2025 (grosze a year, pupils carried), and a joint model worked out by hand:
// 40 000 + 7 000 × 40 = 320 000; by units a gets 80 000, b 240 000; equally 160 000 each.
const costs = [
  { memberId: "a", year: 2025, value: 100_000 },
  { memberId: "b", year: 2025, value: 300_000 },
  { memberId: "b", year: 2024, value: 1 },
  { memberId: "c", year: 2025, value: 5 },
];
const units = [
  { memberId: "a", year: 2025, value: 10 },
  { memberId: "b", year: 2025, value: 30 },
];

describe("sharedServiceCosts", () => {
  it("puts each member's cost per unit now beside its share of the joint cost", () => {
    const result = sharedServiceCosts(costs, units, 2025, {
      fixedCost: 40_000,
      costPerUnit: 7_000,
      sharing: "by_units",
    });
    expect(result.jointCost).toBe(320_000);
    expect(result.members).toEqual([
      {
        memberId: "a",
        units: 10,
        cost: 100_000,
        costPerUnit: 10_000,
        jointShare: 80_000,
        jointCostPerUnit: 8_000,
        difference: -20_000,
      },
      {
        memberId: "b",
        units: 30,
        cost: 300_000,
        costPerUnit: 10_000,
        jointShare: 240_000,
        jointCostPerUnit: 8_000,
        difference: -60_000,
      },
    ]);
    const equal = sharedServiceCosts(costs, units, 2025, {
      fixedCost: 40_000,
      costPerUnit: 7_000,
      sharing: "equal",
    });
    expect(equal.members.map((m) => m.jointShare)).toEqual([160_000, 160_000]);
    expect(equal.members[0]?.difference).toBe(60_000);
  });
});

describe("apportion", () => {
  it("splits whole grosze that add up exactly", () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    fc.assert(
      fc.property(
        fc.nat(10_000_000),
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          if (weights.some((w) => w > 0)) expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          expect(parts.every((p) => p >= 0)).toBe(true);
        },
      ),
    );
  });
});
