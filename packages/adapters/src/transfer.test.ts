import {
  createExchangeDocument,
  exportPartnership,
  importPartnership,
  parseExchangeDocument,
} from "@cwd/core";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "./memory.js";
import {
  partnershipFixture,
  partnershipId,
  planFixtures,
  responseFixture,
  surveyFixture,
} from "./testing/fixtures.js";

// importPartnership and exportPartnership drive any Store; the memory store stands in for all of them
// here, as the contract suite proves the others behave the same.
const exportedAt = new Date("2026-11-27T12:00:00Z");

function documentWith(status: "open" | "closed", responses = [responseFixture(1), responseFixture(2)]) {
  return createExchangeDocument({
    partnership: partnershipFixture(),
    surveys: [surveyFixture({ status })],
    responses,
    exportedAt,
  });
}

describe("importPartnership and exportPartnership", () => {
  it("import then export gives the same document back", async () => {
    const store = createMemoryStore();
    const document = documentWith("open");
    const summary = await importPartnership(store, document);
    expect(summary).toEqual({
      partnership: "created",
      surveys: { created: 1, updated: 0, unchanged: 0 },
      responses: { created: 2, unchanged: 0 },
    });
    expect(await exportPartnership(store, partnershipId, { withResponses: true, now: exportedAt })).toEqual(
      document,
    );
  });

  it("changes nothing when the same document is imported again", async () => {
    const store = createMemoryStore();
    await importPartnership(store, documentWith("closed"));
    const versionBefore = (await store.get("surveys", { partnershipId, id: surveyFixture().id })).version;
    expect(await importPartnership(store, documentWith("closed"))).toEqual({
      partnership: "unchanged",
      surveys: { created: 0, updated: 0, unchanged: 1 },
      responses: { created: 0, unchanged: 2 },
    });
    expect((await store.get("surveys", { partnershipId, id: surveyFixture().id })).version).toBe(
      versionBefore,
    );
  });

  it("keeps past responses of a closed survey, which stays closed to new ones", async () => {
    const store = createMemoryStore();
    await importPartnership(store, documentWith("closed"));
    expect((await store.get("surveys", { partnershipId, id: surveyFixture().id })).status).toBe("closed");
    expect((await store.listSubmissions("responses", { partnershipId })).items).toHaveLength(2);
    await expect(store.submit("responses", responseFixture(3))).rejects.toMatchObject({ code: "forbidden" });
  });

  it("updates what differs over the stored version", async () => {
    const store = createMemoryStore();
    await importPartnership(store, documentWith("open", []));
    const renamed = { ...partnershipFixture(), name: { pl: "Nowa nazwa" } };
    const summary = await importPartnership(store, { ...documentWith("open", []), partnership: renamed });
    expect(summary.partnership).toBe("updated");
    expect(await store.get("partnerships", { partnershipId, id: partnershipId })).toMatchObject({
      name: { pl: "Nowa nazwa" },
      version: 2,
    });
  });
});

describe("importing a goal tree and a plan, saved one document at a time", () => {
  it("writes parents and dependencies first, whatever the order in the file", async () => {
    const goal = (id: string, level: string, parentId?: string) => ({
      id,
      partnershipId,
      level,
      title: { pl: id },
      ...(parentId ? { parentId } : {}),
    });
    const { action } = planFixtures();
    const document = createExchangeDocument({
      partnership: partnershipFixture(),
      goals: [goal("op", "operational", "cel"), goal("cel", "strategic", "wizja"), goal("wizja", "vision")],
      actions: [
        { ...action, id: "b", dependsOn: ["a"] },
        { ...action, id: "a" },
      ],
      exportedAt,
    } as never);
    const store = createMemoryStore();
    const summary = await importPartnership(store, document);
    expect(summary).toMatchObject({ goals: { created: 3 }, actions: { created: 2 } });
  });

  it("restructures a stored tree in one import, or refuses it before saving anything", async () => {
    const goal = (id: string, level: string, parentId?: string) => ({
      id,
      partnershipId,
      level,
      title: { pl: id },
      ...(parentId ? { parentId } : {}),
    });
    const file = (goals: object[]) =>
      createExchangeDocument({ partnership: partnershipFixture(), goals, exportedAt } as never);
    const store = createMemoryStore();
    const tree = [goal("wizja", "vision"), goal("a", "strategic", "wizja"), goal("b", "operational", "a")];
    await importPartnership(store, file(tree));
    // a goes down a level below a new c; its child b must move to c before a can.
    const moved = [
      goal("wizja", "vision"),
      goal("c", "strategic", "wizja"),
      goal("a", "operational", "c"),
      goal("b", "operational", "c"),
      goal("e", "direction", "a"),
    ];
    expect(await importPartnership(store, file(moved))).toMatchObject({
      goals: { created: 2, updated: 2, unchanged: 1 },
    });
    const stored = await store.list("goals", { partnershipId });
    expect(stored.items.map(({ id, level, parentId }) => ({ id, level, parentId }))).toEqual([
      { id: "a", level: "operational", parentId: "c" },
      { id: "b", level: "operational", parentId: "c" },
      { id: "c", level: "strategic", parentId: "wizja" },
      { id: "e", level: "direction", parentId: "a" },
      { id: "wizja", level: "vision", parentId: undefined },
    ]);
    // A file without e that makes a a direction cannot be saved in any order, as the stored e stays
    // below a: refused with the goal's place in the file, and nothing saved (d is not created).
    const impossible = [goal("d", "operational", "c"), goal("a", "direction", "d")];
    await expect(importPartnership(store, file([...moved.slice(0, 2), ...impossible]))).rejects.toMatchObject(
      {
        code: "invalid",
        issues: [{ path: "goals.3.level", message: expect.stringMatching(/its children e \(direction\)/) }],
      },
    );
    expect((await store.list("goals", { partnershipId })).items.map((g) => g.id)).toEqual([
      "a",
      "b",
      "c",
      "e",
      "wizja",
    ]);
  });

  it("refuses a file whose actions depend on each other in a cycle, naming dependsOn", async () => {
    const { action } = planFixtures();
    const build = () =>
      createExchangeDocument({
        partnership: partnershipFixture(),
        actions: [
          { ...action, id: "a", dependsOn: ["b"] },
          { ...action, id: "b", dependsOn: ["a"] },
        ],
        exportedAt,
      } as never);
    expect(() => parseExchangeDocument(JSON.parse(JSON.stringify(build())))).toThrow(
      /actions\.0\.dependsOn: actions a → b → a/,
    );
  });
});

describe("the strategy's sections", () => {
  it("travel with the partnership through import and export unchanged", async () => {
    const strategy = {
      financing: { text: { pl: "Budżety gmin i FEdP 2021–2027" }, sample: true as const },
      spatial_model: { link: "https://example.pl/model.pdf" },
    };
    const document = createExchangeDocument({
      partnership: { ...partnershipFixture(), strategy },
      exportedAt,
    });
    const store = createMemoryStore();
    await importPartnership(store, parseExchangeDocument(JSON.parse(JSON.stringify(document))));
    const exported = await exportPartnership(store, partnershipId, { now: exportedAt });
    expect(exported.partnership.strategy).toEqual(strategy);
  });
});
