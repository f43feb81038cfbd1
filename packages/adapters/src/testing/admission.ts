import { beforeEach, describe, expect, it } from "vitest";
import { type ContractContext, issuePaths } from "./context.js";
import { partnershipFixture, partnershipId, planFixtures } from "./fixtures.js";

const title = { pl: "Cel" };
const goal = (id: string, level: string, parentId?: string) => ({
  id,
  partnershipId,
  level,
  title,
  ...(parentId ? { parentId } : {}),
});

/**
 * Rules a document must keep against the other stored documents of its kind, on every save: the
 * goal tree stays a tree, and actions never depend on each other in a cycle.
 */
export function describeDocumentAdmission({ store, rejection }: ContractContext): void {
  describe("admission of a document among its kind", () => {
    beforeEach(async () => {
      await store().put("partnerships", partnershipFixture());
    });

    describe("goals keep the tree sound", () => {
      beforeEach(async () => {
        await store().put("goals", goal("wizja", "vision") as never);
        await store().put("goals", goal("cel-1", "strategic", "wizja") as never);
        await store().put("goals", goal("cel-1-1", "operational", "cel-1") as never);
      });

      it("refuses a second vision, naming level", async () => {
        const error = await rejection(store().put("goals", goal("wizja-2", "vision") as never), "invalid");
        expect(issuePaths(error)).toEqual(["level"]);
      });

      it("refuses a parent that does not exist, naming parentId", async () => {
        const error = await rejection(
          store().put("goals", goal("cel-2", "strategic", "nie-ma") as never),
          "invalid",
        );
        expect(issuePaths(error)).toEqual(["parentId"]);
      });

      it("refuses a child more than one level below its parent, naming parentId", async () => {
        const error = await rejection(
          store().put("goals", goal("kierunek", "direction", "cel-1") as never),
          "invalid",
        );
        expect(issuePaths(error)).toEqual(["parentId"]);
      });

      it("refuses a move that makes a goal its own ancestor, naming parentId", async () => {
        await store().put("goals", goal("k-1", "direction", "cel-1-1") as never);
        const moved = { ...goal("cel-1-1", "operational", "k-1"), version: 1 };
        const error = await rejection(store().put("goals", moved as never), "invalid");
        expect(issuePaths(error)).toContain("parentId");
        expect(error.message).toMatch(/cycle|ancestor|operational/);
      });

      it("refuses a level change that leaves children misplaced, naming level", async () => {
        const error = await rejection(
          store().put("goals", { ...goal("cel-1", "operational", "wizja"), version: 1 } as never),
          "invalid",
        );
        expect(issuePaths(error)).toContain("level");
      });

      it("accepts a move to another parent one level up, and the tree reads back", async () => {
        await store().put("goals", goal("cel-2", "strategic", "wizja") as never);
        await store().put("goals", { ...goal("cel-1-1", "operational", "cel-2"), version: 1 } as never);
        const moved = await store().get("goals", { partnershipId, id: "cel-1-1" });
        expect(moved).toMatchObject({ parentId: "cel-2", version: 2 });
      });
    });

    describe("actions never depend on each other in a cycle", () => {
      const { action } = planFixtures();
      const step = (id: string, dependsOn?: string[]) => ({
        ...action,
        id,
        ...(dependsOn ? { dependsOn } : {}),
      });

      it("refuses a dependency that closes a cycle, naming dependsOn and the cycle", async () => {
        await store().put("actions", step("a") as never);
        await store().put("actions", step("b", ["a"]) as never);
        await store().put("actions", step("c", ["b"]) as never);
        const error = await rejection(
          store().put("actions", { ...step("a", ["c"]), version: 1 } as never),
          "invalid",
        );
        expect(issuePaths(error)).toEqual(["dependsOn"]);
        expect(error.message).toContain("a → c → b → a");
      });

      it("two saves at the same moment cannot together close a cycle", async () => {
        await store().put("actions", step("a") as never);
        await store().put("actions", step("b") as never);
        const outcomes = await Promise.allSettled([
          store().put("actions", { ...step("a", ["b"]), version: 1 } as never),
          store().put("actions", { ...step("b", ["a"]), version: 1 } as never),
        ]);
        expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
        const refused = outcomes.find((outcome) => outcome.status === "rejected");
        expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: "invalid" });
      });

      it("accepts dependencies without a cycle, and ones on actions not stored yet", async () => {
        await store().put("actions", step("a", ["later"]) as never);
        await store().put("actions", step("b", ["a"]) as never);
        expect((await store().put("actions", step("later") as never)).version).toBe(1);
      });
    });
  });
}
