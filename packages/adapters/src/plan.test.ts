import type { EventSignup, PlanAction, PlanEvent, Practice, Store } from "@cwd/core";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, type TestDatabase, uniqueName } from "../test/postgres.js";
import { createHandler } from "./handler.js";
import { createHttpStore } from "./http.js";
import { createMemoryStore } from "./memory.js";
import { createSqlStore, openPostgresStore, pgliteDriver } from "./sql.js";
import { partnershipFixture, partnershipId, planFixtures } from "./testing.js";

// The same action, workshop, sign-ups and practice the contract suite uses.
const fixtures = planFixtures();
const event = (capacity: number) =>
  ({ ...fixtures.event, signups: { ...fixtures.event.signups, capacity } }) as PlanEvent;
const signup = (n: number) => fixtures.signup(n) as EventSignup;

/** The plan's kinds through a store; an event's capacity is decided as the driver inserts. */
function describePlanKinds(name: string, open: () => Promise<Store>) {
  describe(`the joint plan on ${name}`, () => {
    it("keeps actions, events and practices with their versions", async () => {
      const store = await open();
      await store.put("partnerships", partnershipFixture());
      const action = fixtures.action as PlanAction;
      expect(await store.put("actions", action)).toMatchObject({ version: 1 });
      await store.put("actions", { ...action, id: "przetarg", status: "done" });
      await expect(store.put("actions", { ...action, version: 7 })).rejects.toMatchObject({
        code: "conflict",
      });
      expect(await store.get("actions", { partnershipId, id: action.id })).toEqual({ ...action, version: 1 });
      const planned = await store.list("actions", { partnershipId, filter: { status: "planned" } });
      expect(planned.items.map((a) => a.id)).toEqual(["wspolny-transport"]);
      await store.put("events", event(5));
      expect(
        (await store.list("events", { partnershipId, filter: { kind: "workshop" } })).items,
      ).toHaveLength(1);
      const practice = fixtures.practice as Practice;
      await store.put("practices", practice);
      expect(await store.put("practices", { ...practice, version: 1 })).toMatchObject({ version: 2 });
      await store.close();
    });

    it("refuses the one beyond capacity with a clear message, and takes a retry of a stored one", async () => {
      const store = await open();
      await store.put("partnerships", partnershipFixture());
      await store.put("events", event(2));
      await store.submit("signups", signup(1));
      await store.submit("signups", signup(2));
      await expect(store.submit("signups", signup(3))).rejects.toMatchObject({
        code: "forbidden",
        reason: "full",
        message: "event warsztat-strategiczny is full: all 2 places are taken",
      });
      expect(await store.submit("signups", signup(2))).toMatchObject({ created: false });
      await store.close();
    });

    it("gives the last place to exactly one of many racing for it", async () => {
      const store = await open();
      await store.put("partnerships", partnershipFixture());
      await store.put("events", event(3));
      await store.submit("signups", signup(1));
      await store.submit("signups", signup(2));
      const outcomes = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) => store.submit("signups", signup(10 + i))),
      );
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      for (const o of outcomes.filter((o) => o.status === "rejected"))
        expect((o as PromiseRejectedResult).reason).toMatchObject({ code: "forbidden" });
      const stored = await store.listSubmissions("signups", {
        partnershipId,
        filter: { eventId: "warsztat-strategiczny" },
      });
      expect(stored.items).toHaveLength(3);
      await store.close();
    });
  });
}

describePlanKinds("memory", async () => createMemoryStore());
// Through the API: the reason a sign-up is refused travels in the problem body.
describePlanKinds("HTTP over memory", async () => {
  const handler = createHandler(createMemoryStore(), { adminToken: "t" });
  return createHttpStore({
    baseUrl: "http://cwd.test/api",
    token: "t",
    fetch: (input, init) => handler.fetch(new Request(input, init)),
  });
});

let pglite: PGlite | undefined;
afterAll(async () => {
  await pglite?.close();
});
describePlanKinds("PGlite", async () => {
  pglite ??= new PGlite();
  return createSqlStore(pgliteDriver({ db: pglite }), { schema: uniqueName("signups") });
});

// Without a server the global setup has said so loudly (and failed under CI).
const serverUrl = inject("postgresUrl");
describe.skipIf(!serverUrl)("on a PostgreSQL server", () => {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(serverUrl!);
  });
  afterAll(async () => {
    await database?.drop();
  });
  describePlanKinds("PostgreSQL", () => openPostgresStore(database!.url, { schema: uniqueName("signups") }));
});
