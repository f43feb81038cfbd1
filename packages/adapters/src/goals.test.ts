import { ConflictError, type Goal, type Indicator, type Series, type Store } from "@cwd/core";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "./memory.js";
import { openPgliteStore } from "./sql.js";
import { goalFixtures, partnershipFixture, partnershipId } from "./testing.js";

// The same vision, indicator and series the contract suite uses.
const fixtures = goalFixtures();
const vision = fixtures.vision as Goal;
const indicator = fixtures.indicator as Indicator;
const series = fixtures.series as Series;

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
