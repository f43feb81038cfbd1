import {
  createExchangeDocument,
  ForbiddenError,
  importPartnership,
  NotFoundError,
  type Store,
  UnavailableError,
  ValidationError,
} from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryStore } from "./memory.js";
import { createStaticStore } from "./static.js";
import { partnershipFixture, partnershipId, responseFixture, surveyFixture, surveyIds } from "./testing.js";

const goals = Array.from({ length: 120 }, (_, i) => ({
  id: `cel-${String(i).padStart(3, "0")}`,
  partnershipId,
  level: i === 0 ? ("vision" as const) : ("strategic" as const),
  title: { pl: `Cel ${i}` },
  ...(i === 0 ? {} : { parentId: "cel-000" }),
}));
const surveys = [
  ...surveyIds(3).map((id) => surveyFixture({ id, status: "open" })),
  surveyFixture({ id: "szkic", status: "draft" }),
];
const document = createExchangeDocument({
  partnership: partnershipFixture(),
  exportedAt: new Date("2026-11-27T12:00:00Z"),
  surveys,
  responses: [responseFixture(1, { surveyId: "ankieta-01" })],
  goals,
});
const json = JSON.parse(JSON.stringify(document));

let stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.map((s) => s.close()));
  stores = [];
});
function open(store: Store): Store {
  stores.push(store);
  return store;
}

/** What a read gives, or the code of the error it throws: reads are compared on both stores alike. */
async function outcome(read: () => Promise<unknown>): Promise<unknown> {
  return read().then(
    (value) => ({ value }),
    (error: { code?: string }) => ({ error: error.code }),
  );
}

describe("the static store", () => {
  it("reads as a memory store holding the document's public part does", async () => {
    const reference = open(createMemoryStore());
    await importPartnership(reference, { ...document, surveys: surveys.slice(0, 3), responses: [] });
    const published = open(createStaticStore({ document: json }));
    const reads: [string, (s: Store) => Promise<unknown>][] = [
      ["a partnership", (s) => s.get("partnerships", { partnershipId, id: partnershipId })],
      ["partnerships", (s) => s.list("partnerships")],
      ["a goal", (s) => s.get("goals", { partnershipId, id: "cel-007" })],
      ["a missing goal", (s) => s.get("goals", { partnershipId, id: "nie-ma" })],
      ["a page of goals", (s) => s.list("goals", { partnershipId, limit: 7 })],
      ["goals filtered", (s) => s.list("goals", { partnershipId, filter: { level: "vision" } })],
      ["a bad filter", (s) => s.list("goals", { partnershipId, filter: { level: "mission" } })],
      ["a forged cursor", (s) => s.list("goals", { partnershipId, cursor: "forged" })],
      ["too big a page", (s) => s.list("goals", { partnershipId, limit: 101 })],
      ["surveys", (s) => s.list("surveys", { partnershipId })],
      ["no scope", (s) => s.list("surveys")],
    ];
    for (const [name, read] of reads) {
      expect(await outcome(() => read(published)), name).toEqual(await outcome(() => read(reference)));
    }
    // Every page of goals, walked by cursor, as the memory store gives them.
    const walk = async (s: Store) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await s.list("goals", { partnershipId, limit: 50, ...(cursor ? { cursor } : {}) });
        ids.push(...page.items.map((g) => g.id));
        cursor = page.nextCursor;
      } while (cursor);
      return ids;
    };
    expect(await walk(published)).toEqual(await walk(reference));
    expect(await walk(published)).toHaveLength(120);
  });

  it("keeps drafts and responses out, and refuses every write", async () => {
    const published = open(createStaticStore({ document: json }));
    await expect(published.get("surveys", { partnershipId, id: "szkic" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(published.listSubmissions("responses", { partnershipId })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(published.put("goals", goals[1] as (typeof goals)[number])).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      published.submit("responses", responseFixture(2, { surveyId: "ankieta-01" })),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("fetches the file once, and says so when it cannot", async () => {
    let calls = 0;
    const fetchFile = (async () => {
      calls += 1;
      return new Response(JSON.stringify(json), { headers: { "content-type": "application/json" } });
    }) as typeof fetch;
    const published = open(
      createStaticStore({ url: "https://gmina.example/strategia.cwd.json", fetch: fetchFile }),
    );
    await published.get("goals", { partnershipId, id: "cel-001" });
    await published.list("goals", { partnershipId });
    expect(calls).toBe(1);
    const missing = open(
      createStaticStore({
        url: "https://gmina.example/nie-ma.json",
        fetch: (async () => new Response("", { status: 404 })) as typeof fetch,
      }),
    );
    await expect(missing.list("goals", { partnershipId })).rejects.toBeInstanceOf(UnavailableError);
  });

  it("refuses a document that is not an exchange document, naming the field", async () => {
    const published = open(
      createStaticStore({ document: { ...json, goals: [{ ...goals[1], parentId: "nie-ma" }] } }),
    );
    await expect(published.list("goals", { partnershipId })).rejects.toBeInstanceOf(ValidationError);
  });
});
