import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../store/errors.js";
import type { PlanAction } from "./action.js";
import { admitAction, dependencyCycle, dependencyIssues } from "./admit-action.js";
import { dependencyOrder } from "./schedule.js";

function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
}

const step = (id: string, dependsOn: string[] = []): PlanAction => ({
  id,
  partnershipId: "p",
  title: { pl: id },
  goalId: "g",
  lead: "m",
  start: "2026-01-01",
  end: "2026-01-10",
  dependsOn,
  status: "planned",
});

describe("dependencyCycle and admitAction", () => {
  it("finds the cycle a dependency closes, in order", () => {
    expect(dependencyCycle(step("a", ["c"]), [step("b", ["a"]), step("c", ["b"])])).toEqual([
      "a",
      "c",
      "b",
      "a",
    ]);
    expect(dependencyCycle(step("a", ["b"]), [step("b", ["x"]), step("c", ["a"])])).toBeUndefined();
  });

  it("refuses a cycle naming dependsOn, and replaces the stored version of the action saved", () => {
    const error = issuesOf(() => admitAction(step("a", ["b"]), [step("a"), step("b", ["a"])]));
    expect(error).toEqual([
      { path: "dependsOn", message: "actions a → b → a depend on each other in a cycle" },
    ]);
    expect(() => admitAction(step("b"), [step("a", ["b"]), step("b", ["a"])])).not.toThrow();
  });

  it("agrees with dependencyOrder on random plans: a cycle exactly when the whole plan has one", () => {
    const plans = fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(plans, (links) => {
        const actions = links.map((deps, i) =>
          step(
            `a${i}`,
            [...new Set(deps.filter((d) => d < links.length && d !== i))].map((d) => `a${d}`),
          ),
        );
        const last = actions[actions.length - 1] as PlanAction;
        const rest = actions.slice(0, -1);
        // Only a cycle through the last action counts: the rest were admitted one by one.
        if (dependencyIssues(rest).length > 0) return;
        const cyclic = dependencyIssues(actions).length > 0;
        expect(dependencyCycle(last, rest) !== undefined).toBe(cyclic);
      }),
    );
  });

  it("lists a plan's missing dependencies and cycles with exchange paths", () => {
    expect(dependencyIssues([step("a", ["x"])])).toEqual([
      { path: "actions.0.dependsOn.0", message: "x is not an action of this plan" },
    ]);
    expect(dependencyIssues([step("a", ["b"]), step("b", ["a"])]).map((i) => i.path)).toEqual([
      "actions.0.dependsOn",
    ]);
    expect(() => dependencyOrder([step("a"), step("b", ["a"])])).not.toThrow();
  });
});
