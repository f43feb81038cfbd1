import { ConflictError, type Store } from "@cwd/core";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "./memory.js";
import { openPgliteStore } from "./sql.js";
import { partnershipFixture, partnershipId } from "./testing.js";

const vision = { id: "wizja", partnershipId, level: "vision" as const, title: { pl: "Wizja" } };
const indicator = {
  id: "ludnosc",
  partnershipId,
  goalId: "wizja",
  name: { pl: "Ludność" },
  unit: "osoby",
  direction: "increase" as const,
  baseline: { value: 100, year: 2020 },
  target: { value: 120, year: 2030 },
  measurements: [{ year: 2023, value: 104, source: "GUS BDL" }],
  source: "GUS BDL",
};
const series = {
  id: "ludnosc",
  partnershipId,
  variable: { pl: "Ludność" },
  unit: "osoby",
  measure: "count" as const,
  values: [{ memberId: "miasto-wysokie-mazowieckie", year: 2023, value: 104 }],
  source: "GUS BDL",
};

async function roundTrip(store: Store) {
  await store.put("partnerships", partnershipFixture());
  const goal = await store.put("goals", vision);
  expect(goal.version).toBe(1);
  await store.put("indicators", indicator);
  await store.put("series", series);
  expect(await store.get("indicators", { partnershipId, id: "ludnosc" })).toEqual({
    ...indicator,
    version: 1,
  });
  expect((await store.list("series", { partnershipId })).items).toEqual([{ ...series, version: 1 }]);
  expect((await store.list("goals", { partnershipId, filter: { level: "vision" } })).items).toHaveLength(1);
  // Two editors who read version 1: the second is told, not overwritten.
  await store.put("goals", { ...vision, title: { pl: "Wizja 2" }, version: 1 });
  await expect(
    store.put("goals", { ...vision, title: { pl: "Wizja 3" }, version: 1 }),
  ).rejects.toBeInstanceOf(ConflictError);
  await store.close();
}

describe("goals, indicators and series in a Store", () => {
  it("round trip in memory", () => roundTrip(createMemoryStore()));
  it("round trip on PGlite", { timeout: 60_000 }, async () => roundTrip(await openPgliteStore()));
});
