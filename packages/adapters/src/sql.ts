import type { Store } from "@cwd/core";
import { pgliteDriver } from "./sql/pglite.js";
import { postgresDriver } from "./sql/postgres.js";
import { createSqlStore, type SqlStoreOptions } from "./sql/store.js";

export type { SqlDriver, SqlQuery } from "./sql/driver.js";
export { DataFolderInUseError, lockDataFolder } from "./sql/folder-lock.js";
export { type Migration, migrate, migrations } from "./sql/migrations.js";
export { type PgliteDriverOptions, pgliteDriver } from "./sql/pglite.js";
export { postgresDriver } from "./sql/postgres.js";
export { createSqlStore, type SqlStoreOptions } from "./sql/store.js";
export { createSqlTokenStore } from "./tokens/sql.js";

/**
 * Opens the embedded store: PGlite in a data folder, or in memory when no folder is given.
 *
 * @example
 * const store = await openPgliteStore(".cwd-data");
 */
export async function openPgliteStore(dataDir?: string): Promise<Store> {
  return createSqlStore(pgliteDriver({ dataDir }));
}

/**
 * Opens a store on a PostgreSQL server.
 *
 * @example
 * const store = await openPostgresStore(process.env.DATABASE_URL);
 */
export function openPostgresStore(connectionString: string, options: SqlStoreOptions = {}): Promise<Store> {
  return createSqlStore(postgresDriver(connectionString), options);
}
