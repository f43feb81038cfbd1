import { createMemoryStore } from "@cwd/adapters/memory";
import { consultationState } from "@cwd/core";
import { describe, expect, it } from "vitest";
import { demoPartnershipId, seedDemo } from "./seed.js";

describe("the demo's consultations", () => {
  it("are the draft diagnosis open for comments, and closed ones with their reports published", async () => {
    const store = createMemoryStore();
    await seedDemo(store);
    const { items } = await store.list("consultations", { partnershipId: demoPartnershipId });
    const now = new Date();
    const states = Object.fromEntries(items.map((c) => [c.id, consultationState(c, now)]));
    expect(states).toEqual({
      "konsultacje-projektu-diagnozy": "open",
      "konsultacje-wizji": "reported",
      "konsultacje-wstepnej-diagnozy": "reported",
    });
    const comments = await store.listSubmissions("comments", {
      partnershipId: demoPartnershipId,
      filter: { consultationId: "konsultacje-wstepnej-diagnozy" },
    });
    expect(comments.items).toHaveLength(2);
  });
});
