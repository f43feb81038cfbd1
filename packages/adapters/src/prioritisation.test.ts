import type { Ballot, BudgetRound, Project, RoundAssessment, Store } from "@cwd/core";
import { ConflictError, cwdCriteria, ForbiddenError } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryStore } from "./memory.js";
import { openPgliteStore } from "./sql.js";
import { partnershipFixture, partnershipId, prioritisationFixtures } from "./testing/fixtures.js";

// The same project, vote, ballot and assessment the contract suite uses.
const fixtures = prioritisationFixtures();
const project = fixtures.project as Project;
const vote = fixtures.vote as BudgetRound;
const ballot = fixtures.ballot() as Ballot;
const assessment = fixtures.assessment() as RoundAssessment;

const stores: [string, () => Promise<Store>][] = [
  ["memory", async () => createMemoryStore()],
  ["PGlite", () => openPgliteStore()],
];

describe.each(stores)("projects, rounds, assessments and ballots in the %s store", (_name, open) => {
  let store: Store | undefined;
  afterEach(async () => store?.close());

  it("keeps projects and rounds as versioned documents", { timeout: 30_000 }, async () => {
    store = await open();
    await store.put("partnerships", partnershipFixture());
    const stored = await store.put("projects", project);
    expect(stored.version).toBe(1);
    expect(await store.get("projects", { partnershipId, id: project.id })).toEqual(stored);
    await expect(store.put("projects", { ...project, status: "key" })).rejects.toThrow(ConflictError);
    await store.put("projects", { ...stored, status: "key" });
    expect((await store.list("projects", { partnershipId, filter: { status: "key" } })).items).toHaveLength(
      1,
    );
    await store.put("rounds", vote);
    expect((await store.list("rounds", { partnershipId, filter: { type: "budget" } })).items).toHaveLength(1);
  });

  it("admits ballots and assessments against their round, idempotently", { timeout: 30_000 }, async () => {
    store = await open();
    await store.put("partnerships", partnershipFixture());
    await store.put("rounds", vote);
    await store.put("rounds", {
      id: "ocena",
      partnershipId,
      type: "assessment",
      title: { pl: "Ocena" },
      status: "open",
      criteria: [...cwdCriteria],
      aggregation: "median",
      projectIds: ["swietlica-klukowo"],
    });
    expect(await store.submit("ballots", ballot)).toEqual({ submission: ballot, created: true });
    expect(await store.submit("ballots", ballot)).toEqual({ submission: ballot, created: false });
    await expect(
      store.submit("ballots", { ...ballot, id: "9b2f4c1e-3a5d-4e6f-8a7b-0c1d2e3f4a5c", roundId: "ocena" }),
    ).rejects.toThrow(/not a vote/);
    await store.submit("assessments", assessment);
    const revision = {
      ...assessment,
      id: "1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8e",
      submittedAt: "2026-11-20T11:00:00Z",
    };
    await store.submit("assessments", revision);
    const listed = await store.listSubmissions("assessments", {
      partnershipId,
      filter: { assessorId: "ekspert-1" },
    });
    expect(listed.items).toHaveLength(2);

    const closed = await store.get("rounds", { partnershipId, id: "glosowanie" });
    await store.put("rounds", { ...closed, status: "closed" });
    await expect(
      store.submit("ballots", { ...ballot, id: "9b2f4c1e-3a5d-4e6f-8a7b-0c1d2e3f4a5d" }),
    ).rejects.toThrow(ForbiddenError);
    // A ballot cast while the vote was open is still a retry after it closed.
    expect((await store.submit("ballots", ballot)).created).toBe(false);
  });
});
