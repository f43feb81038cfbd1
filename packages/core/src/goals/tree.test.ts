import { describe, expect, it } from "vitest";
import { parse } from "../schema/parse.js";
import { ValidationError } from "../store/errors.js";
import { admitGoal } from "./admit-goal.js";
import type { Goal } from "./goal.js";
import { Goal as GoalSchema } from "./goal.js";
import { Indicator } from "./indicator.js";
import { goalNumbers, goalTreeIssues } from "./tree.js";

function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

const g = (id: string, level: Goal["level"], parentId?: string, order?: number): Goal => ({
  id,
  partnershipId: "p",
  level,
  title: { pl: id },
  ...(parentId ? { parentId } : {}),
  ...(order !== undefined ? { order } : {}),
});

describe("goalTreeIssues", () => {
  it("accepts a sound tree", () => {
    expect(goalTreeIssues([g("v", "vision"), g("a", "strategic", "v"), g("b", "operational", "a")])).toEqual(
      [],
    );
  });

  it("allows one vision", () => {
    expect(goalTreeIssues([g("v", "vision"), g("w", "vision")])).toEqual([
      { path: "goals.1.level", message: "w is a second vision; a partnership has one (v)" },
    ]);
  });

  it("wants each child exactly one level below its parent", () => {
    expect(goalTreeIssues([g("v", "vision"), g("b", "operational", "v")])).toEqual([
      {
        path: "goals.1.parentId",
        message: "b is a operational goal, so its parent must be a strategic goal; v is vision",
      },
    ]);
    expect(goalTreeIssues([g("a", "strategic")])[0]?.message).toBe(
      "strategic goal a needs a parent (a vision goal)",
    );
    expect(goalTreeIssues([g("a", "strategic", "nope")])[0]?.message).toBe(
      "nope, the parent of a, is not a goal of this partnership",
    );
  });

  it("finds cycles, naming each goal in one", () => {
    const issues = goalTreeIssues([g("a", "operational", "b"), g("b", "operational", "a")]);
    expect(issues.filter((i) => i.message.includes("cycle")).map((i) => i.path)).toEqual([
      "goals.0.parentId",
      "goals.1.parentId",
    ]);
  });

  it("wants each indicator on a goal of the partnership", () => {
    const indicator = parse(Indicator, {
      id: "i",
      partnershipId: "p",
      goalId: "zz",
      name: { pl: "i" },
      unit: "%",
      direction: "increase",
      baseline: { value: 1, year: 2020 },
      target: { value: 2, year: 2030 },
      measurements: [],
      source: "s",
    });
    expect(goalTreeIssues([], [indicator])).toEqual([
      {
        path: "indicators.0.goalId",
        message: "zz, the goal of indicator i, is not a goal of this partnership",
      },
    ]);
  });
});

describe("goalNumbers", () => {
  it("numbers by sibling order, then id; the vision has none", () => {
    const numbers = goalNumbers([
      g("v", "vision"),
      g("b", "strategic", "v"),
      g("a", "strategic", "v", 5),
      g("c", "strategic", "v", 1),
      g("c2", "operational", "c"),
      g("c1", "operational", "c"),
      g("d", "direction", "c2"),
    ]);
    expect(Object.fromEntries(numbers)).toEqual({
      v: "",
      c: "1",
      a: "2",
      b: "3",
      c1: "1.1",
      c2: "1.2",
      d: "1.2.1",
    });
  });
});

describe("schemas", () => {
  it("want a target beyond the baseline in the indicator's direction, after its year", () => {
    const issues = issuesOf(() =>
      parse(Indicator, {
        id: "i",
        partnershipId: "p",
        goalId: "g",
        name: { pl: "i" },
        unit: "%",
        direction: "decrease",
        baseline: { value: 1, year: 2020 },
        target: { value: 2, year: 2020 },
        measurements: [
          { year: 2021, value: 1 },
          { year: 2021, value: 2 },
        ],
        source: "s",
      }),
    );
    expect(issues).toEqual([
      { path: "target.year", message: "must be after the baseline year" },
      { path: "target.value", message: "must be below the baseline (1) for direction decrease" },
      { path: "measurements.1.year", message: "2021 is measured twice" },
    ]);
  });

  it("refuse a goal with an unknown level or a weight of 0", () => {
    const issues = issuesOf(() => parse(GoalSchema, { ...g("a", "vision"), level: "mission", weight: 0 }));
    expect(issues.map((i) => i.path)).toEqual(["level", "weight"]);
    expect(issues[1]?.message).toBe("must be more than 0");
  });
});

describe("admitGoal", () => {
  const stored = [g("v", "vision"), g("a", "strategic", "v"), g("a1", "operational", "a")];

  it("admits a goal under a parent one level up, and a move within the rules", () => {
    expect(() => admitGoal(g("b", "strategic", "v"), stored)).not.toThrow();
    expect(() => admitGoal(g("a1", "operational", "a"), [...stored, g("b", "strategic", "v")])).not.toThrow();
  });

  it("names level for a second vision and parentId for a missing or misplaced parent", () => {
    expect(issuesOf(() => admitGoal(g("v2", "vision"), stored)).map((i) => i.path)).toEqual(["level"]);
    expect(issuesOf(() => admitGoal(g("b", "strategic", "x"), stored)).map((i) => i.path)).toEqual([
      "parentId",
    ]);
    expect(issuesOf(() => admitGoal(g("d", "direction", "a"), stored)).map((i) => i.path)).toEqual([
      "parentId",
    ]);
  });

  it("refuses a move under its own descendant (a cycle)", () => {
    const deeper = [...stored, g("d", "direction", "a1")];
    const issues = issuesOf(() => admitGoal(g("a1", "operational", "d"), deeper));
    expect(issues.map((i) => i.message).join(" ")).toContain("its own ancestor");
  });

  it("refuses a level change that leaves its children misplaced, naming level", () => {
    const issues = issuesOf(() => admitGoal(g("a", "operational", "v"), stored));
    expect(issues.map((i) => i.path)).toContain("level");
    expect(issues.find((i) => i.path === "level")?.message).toContain("a1 (operational)");
  });
});
