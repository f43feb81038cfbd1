import { describe, expect, it } from "vitest";
import { type ContractContext, issuePaths } from "./context.js";
import { partnershipFixture, partnershipId, surveyFixture } from "./fixtures.js";

const partnershipKey = { partnershipId, id: partnershipId };
const surveyKey = { partnershipId, id: "ankieta-mieszkancow" };

/** Documents: put and get, versions, conflicts, validation, not found, copies. */
export function describeDocuments({ store, rejection, coreClasses }: ContractContext): void {
  describe("documents", () => {
    it("stores a partnership at version 1 and gives it back", async () => {
      const saved = await store().put("partnerships", partnershipFixture());
      expect(saved).toEqual({ ...partnershipFixture(), version: 1 });
      expect(await store().get("partnerships", partnershipKey)).toEqual({
        ...partnershipFixture(),
        version: 1,
      });
    });

    it("stores a survey under its partnership", async () => {
      await store().put("partnerships", partnershipFixture());
      const saved = await store().put("surveys", surveyFixture());
      expect(saved).toEqual({ ...surveyFixture(), version: 1 });
      expect(await store().get("surveys", surveyKey)).toEqual({ ...surveyFixture(), version: 1 });
    });

    it("adds one to the version on each update and keeps the new content", async () => {
      await store().put("partnerships", partnershipFixture());
      await store().put("surveys", surveyFixture());
      const second = await store().put("surveys", surveyFixture({ version: 1, status: "closed" }));
      const third = await store().put("surveys", surveyFixture({ version: 2, audience: "leaders" }));
      expect([second.version, third.version]).toEqual([2, 3]);
      expect(await store().get("surveys", surveyKey)).toEqual({
        ...surveyFixture({ audience: "leaders" }),
        version: 3,
      });
    });

    it("refuses a write based on an old version, and keeps the newer content", async () => {
      await store().put("partnerships", partnershipFixture());
      await store().put("surveys", surveyFixture());
      await store().put("surveys", surveyFixture({ version: 1, status: "closed" }));
      const error = await rejection(
        store().put("surveys", surveyFixture({ version: 1, status: "draft" })),
        "conflict",
      );
      if (coreClasses) expect(error.currentVersion).toBe(2);
      expect(await store().get("surveys", surveyKey)).toMatchObject({ status: "closed", version: 2 });
    });

    it("refuses to create an id that exists", async () => {
      await store().put("partnerships", partnershipFixture());
      const renamed = { ...partnershipFixture(), name: { pl: "Inna nazwa" } };
      await rejection(store().put("partnerships", renamed), "conflict");
      expect(await store().get("partnerships", partnershipKey)).toEqual({
        ...partnershipFixture(),
        version: 1,
      });
    });

    it("refuses to update an id that does not exist", async () => {
      await store().put("partnerships", partnershipFixture());
      await rejection(store().put("surveys", surveyFixture({ version: 1 })), "conflict");
      await rejection(store().get("surveys", surveyKey), "not_found");
    });

    it("lets exactly one of two parallel updates from the same version win", async () => {
      await store().put("partnerships", partnershipFixture());
      await store().put("surveys", surveyFixture());
      const results = await Promise.allSettled([
        store().put("surveys", surveyFixture({ version: 1, audience: "pupils" })),
        store().put("surveys", surveyFixture({ version: 1, audience: "leaders" })),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r) => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      await rejection(Promise.reject(lost[0]?.reason), "conflict");
      const winner = won[0]?.value;
      expect(winner?.version).toBe(2);
      expect(await store().get("surveys", surveyKey)).toEqual(winner);
    });

    it("lets exactly one of two parallel creates of one id win", async () => {
      const results = await Promise.allSettled([
        store().put("partnerships", partnershipFixture()),
        store().put("partnerships", { ...partnershipFixture(), name: { pl: "Inna nazwa" } }),
      ]);
      const lost = results.filter((r) => r.status === "rejected");
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(lost).toHaveLength(1);
      await rejection(Promise.reject(lost[0]?.reason), "conflict");
      expect(await store().get("partnerships", partnershipKey)).toMatchObject({ version: 1 });
    });

    it("names the member whose TERC code does not fit its kind, and stores nothing", async () => {
      const partnership = partnershipFixture();
      // Miasto Wysokie Mazowieckie is a gmina miejska: its TERC code ends in 1, not 2.
      partnership.members[0] = { ...partnership.members[0]!, kind: "gmina_wiejska" };
      const error = await rejection(store().put("partnerships", partnership), "invalid");
      expect(issuePaths(error)).toContain("members.0.terc");
      await rejection(store().get("partnerships", partnershipKey), "not_found");
    });

    it("names a missing Polish title", async () => {
      await store().put("partnerships", partnershipFixture());
      const untitled = { ...surveyFixture(), title: { en: "Residents' survey" } };
      const error = await rejection(store().put("surveys", untitled as never), "invalid");
      expect(issuePaths(error)).toContain("title.pl");
    });

    it("rejects a version that is not a whole number from 1", async () => {
      await store().put("partnerships", partnershipFixture());
      const error = await rejection(
        store().put("partnerships", { ...partnershipFixture(), version: 0 }),
        "invalid",
      );
      expect(issuePaths(error)).toContain("version");
    });

    it("says not found for documents that do not exist", async () => {
      await rejection(store().get("partnerships", partnershipKey), "not_found");
      await store().put("partnerships", partnershipFixture());
      await rejection(store().get("surveys", surveyKey), "not_found");
    });

    it("says not found for ids no document can have, such as a NUL or capitals", async () => {
      await store().put("partnerships", partnershipFixture());
      for (const id of ["\u0000", "Ziemia", "a".repeat(300), "", "a b"]) {
        await rejection(store().get("partnerships", { partnershipId: id, id }), "not_found");
        await rejection(
          store().get("surveys", { partnershipId: partnershipKey.partnershipId, id }),
          "not_found",
        );
      }
    });

    it("rejects a survey of an unknown partnership", async () => {
      await rejection(store().put("surveys", surveyFixture()), "not_found");
      await store().put("partnerships", partnershipFixture());
      await rejection(store().get("surveys", surveyKey), "not_found");
    });

    it("keeps what was stored when the caller changes its objects afterwards", async () => {
      const input = partnershipFixture();
      const saved = await store().put("partnerships", input);
      input.members[0]!.name = "changed after put";
      saved.members[1]!.name = "changed in the result of put";
      const read = await store().get("partnerships", partnershipKey);
      read.members[2]!.name = "changed in the result of get";
      read.name.pl = "changed in the result of get";
      expect(await store().get("partnerships", partnershipKey)).toEqual({
        ...partnershipFixture(),
        version: 1,
      });
    });
  });
}
