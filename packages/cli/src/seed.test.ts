import { createMemoryStore } from "@cwd/adapters/memory";
import { surveyResults } from "@cwd/core";
import { describe, expect, it } from "vitest";
import { demoPartnershipId, sampleSurveyId, seedDemo } from "./seed.js";

describe("seedDemo", () => {
  it("seeds the three question banks, the pupils' closed with the same sample responses each time", async () => {
    const seeded = async () => {
      const store = createMemoryStore();
      await seedDemo(store);
      return store;
    };
    const store = await seeded();
    const surveys = await store.list("surveys", { partnershipId: demoPartnershipId });
    expect(surveys.items.map((s) => `${s.id} ${s.status}`).sort()).toEqual([
      "ankieta-mieszkancow open",
      "bank-liderzy open",
      "bank-mieszkancy open",
      "bank-uczniowie closed",
    ]);
    const sample = surveys.items.find((s) => s.id === sampleSurveyId);
    expect(sample?.description?.pl).toContain("DANE PRZYKŁADOWE");
    const results = await surveyResults(store, demoPartnershipId, sampleSurveyId, { by: "gmina" });
    expect(results.respondents).toBe(120);
    const cells = Object.values(results.crosstabs?.szkola ?? {}).flatMap((row) => Object.values(row));
    expect(cells.some((c) => c === null)).toBe(true);
    expect(cells.filter((c) => c !== null).length).toBeGreaterThan(0);
    const again = await surveyResults(await seeded(), demoPartnershipId, sampleSurveyId, { by: "gmina" });
    expect(again).toEqual(results);
  });
});
