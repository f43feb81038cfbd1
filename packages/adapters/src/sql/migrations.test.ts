import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, type TestDatabase, uniqueName } from "../../test/postgres.js";
import { createSqlStore, migrate, migrations, pgliteDriver, postgresDriver } from "../sql.js";
import { partnershipFixture, partnershipId } from "../testing.js";

const versions = migrations.map((migration) => migration.version);

describe("migrations on PGlite", () => {
  let db: PGlite;
  beforeAll(() => {
    db = new PGlite();
  });
  afterAll(async () => {
    await db.close();
  });

  it("apply each migration once and record it", async () => {
    const driver = pgliteDriver({ db });
    const schema = uniqueName("migrations");
    expect(await migrate(driver, schema)).toEqual(versions);
    expect(await migrate(driver, schema)).toEqual([]);
    const recorded = await driver.query<{ version: number }>(`select version from ${schema}.cwd_migrations`);
    expect(recorded.map((row) => row.version)).toEqual(versions);
  });

  it("refuse a database migrated by a newer version of the package", async () => {
    const driver = pgliteDriver({ db });
    const schema = uniqueName("migrations");
    await migrate(driver, schema);
    await driver.query(
      `insert into ${schema}.cwd_migrations (version, name) values (999, 'from the future')`,
    );
    await expect(migrate(driver, schema)).rejects.toThrow(/migration 999, newer than/);
  });

  it("refuse a schema name that is not a plain identifier", async () => {
    await expect(createSqlStore(pgliteDriver({ db }), { schema: 'x"; drop table y; --' })).rejects.toThrow(
      /schema name/,
    );
  });
});

const serverUrl = inject("postgresUrl");
describe.skipIf(!serverUrl)("migrations on a PostgreSQL server", () => {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(serverUrl!);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("let several servers start at once on one new database", async () => {
    // As `cwd serve` does: the default schema, every instance migrating as it starts.
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => createSqlStore(postgresDriver(database!.url))),
    );
    try {
      await stores[0]!.put("partnerships", partnershipFixture());
      const seen = await stores[3]!.get("partnerships", { partnershipId, id: partnershipId });
      expect(seen.version).toBe(1);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
    const driver = postgresDriver(database!.url);
    try {
      const recorded = await driver.query<{ version: number }>("select version from public.cwd_migrations");
      expect(recorded.map((row) => row.version)).toEqual(versions);
    } finally {
      await driver.close();
    }
  });
});
