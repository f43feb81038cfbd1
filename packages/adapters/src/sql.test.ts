import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { createTestDatabase, type TestDatabase, uniqueName } from "../test/postgres.js";
import { createSqlStore, openPostgresStore, pgliteDriver } from "./sql.js";
import { describeStoreContract } from "./testing.js";

// One PGlite for the whole file (each start takes seconds); every test gets its own schema in it.
let pglite: PGlite | undefined;
afterAll(async () => {
  await pglite?.close();
});

describeStoreContract(
  "SQL on PGlite",
  () => {
    pglite ??= new PGlite();
    return createSqlStore(pgliteDriver({ db: pglite }), { schema: uniqueName("contract") });
  },
  { hookTimeout: 60_000 },
);

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

  describeStoreContract("SQL on PostgreSQL", () =>
    openPostgresStore(database!.url, { schema: uniqueName("contract") }),
  );
});
