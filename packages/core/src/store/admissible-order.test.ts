import { describe, expect, it } from "vitest";
import type { Goal } from "../goals/goal.js";
import type { PlanAction } from "../plan/action.js";
import { admissibleOrder } from "./admissible-order.js";
import { ValidationError } from "./errors.js";

const goal = (id: string, level: Goal["level"], parentId?: string): Goal => ({
  id,
  partnershipId: "p",
  level,
  title: { pl: id },
  ...(parentId ? { parentId } : {}),
});

const action = (id: string, dependsOn: string[] = []): PlanAction =>
  ({
    id,
    partnershipId: "p",
    title: { pl: id },
    goalId: "v",
    lead: "m",
    start: "2026-01-01",
    end: "2026-01-31",
    status: "planned",
    dependsOn,
  }) as PlanAction;

const ids = (documents: { id: string }[]) => documents.map((document) => document.id);

describe("admissibleOrder", () => {
  const stored = [goal("v", "vision"), goal("a", "strategic", "v"), goal("b", "operational", "a")];

  it("moves a child away before its old parent goes down a level", () => {
    // a becomes operational under the new c, while b still hangs below a: b must move first.
    const incoming = [
      goal("c", "strategic", "v"),
      goal("a", "operational", "c"),
      goal("b", "operational", "c"),
    ];
    expect(ids(admissibleOrder("goals", stored, incoming))).toEqual(["c", "b", "a"]);
  });

  it("keeps the preferred order where it works", () => {
    const incoming = [goal("c", "strategic", "v"), goal("d", "operational", "c")];
    expect(ids(admissibleOrder("goals", stored, incoming))).toEqual(["c", "d"]);
  });

  it("refuses when no order works, naming the document's place and field", () => {
    // b is not in the import and stays below a, which cannot then become operational.
    const incoming = [goal("c", "strategic", "v"), goal("a", "operational", "c")];
    let caught: unknown;
    try {
      admissibleOrder("goals", stored, incoming);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).issues).toEqual([
      { path: "1.level", message: expect.stringMatching(/its children b \(operational\)/) },
    ]);
  });

  it("saves an action after the one whose stored dependencies would close a cycle", () => {
    // Stored: a depends on b. Incoming: b depends on a, and a on nothing: a must go first.
    const incoming = [action("b", ["a"]), action("a")];
    expect(ids(admissibleOrder("actions", [action("a", ["b"]), action("b")], incoming))).toEqual(["a", "b"]);
  });

  it("leaves kinds without admission rules in the order given", () => {
    const events = [{ id: "y" }, { id: "x" }] as never[];
    expect(admissibleOrder("events", [], events)).toEqual(events);
  });
});
