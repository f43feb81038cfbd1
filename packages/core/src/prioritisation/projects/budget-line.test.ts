import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { budgetLine } from "./budget-line.js";

describe("budgetLine", () => {
  it("stops at the first project that does not fit", () => {
    const ranked = [
      { projectId: "a", cost: 60 },
      { projectId: "b", cost: 50 },
      { projectId: "c", cost: 10 },
    ];
    expect(budgetLine(ranked, 100)).toEqual({ fits: ["a"], spent: 60 });
    expect(budgetLine(ranked, 120)).toEqual({ fits: ["a", "b", "c"], spent: 120 });
    expect(budgetLine(ranked, 10)).toEqual({ fits: [], spent: 0 });
  });

  it("never spends more than the budget and always takes a prefix of the ranking", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000)), fc.nat(5000), (costs, budget) => {
        const ranked = costs.map((cost, i) => ({ projectId: `p${i}`, cost }));
        const { fits, spent } = budgetLine(ranked, budget);
        expect(spent).toBeLessThanOrEqual(budget);
        expect(fits).toEqual(ranked.slice(0, fits.length).map((p) => p.projectId));
        const next = ranked[fits.length];
        if (next) expect(spent + next.cost).toBeGreaterThan(budget);
      }),
    );
  });
});
