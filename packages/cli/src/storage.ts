import { resolve } from "node:path";
import type { TokenStore } from "@cwd/adapters/handler";
import {
  createSqlStore,
  createSqlTokenStore,
  pgliteDriver,
  postgresDriver,
  type SqlDriver,
} from "@cwd/adapters/sql";
import type { Store } from "@cwd/core";
import type { Config } from "./config.js";

/**
 * Opens the configured storage: PostgreSQL when DATABASE_URL is set, else PGlite in the data folder.
 * The tokens and the audit trail live in the same database, on the same connection; closing the
 * store closes both.
 */
export async function openStorage(
  config: Config,
): Promise<{ store: Store; tokens: TokenStore; description: string }> {
  const dataDir = resolve(config.dataDir);
  const [driver, description]: [SqlDriver, string] = config.databaseUrl
    ? [postgresDriver(config.databaseUrl), `PostgreSQL at ${redactPassword(config.databaseUrl)}`]
    : [pgliteDriver({ dataDir }), `PGlite in ${dataDir}`];
  const store = await createSqlStore(driver);
  const tokens = await createSqlTokenStore(driver).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  return { store, tokens, description };
}
function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(DATABASE_URL)";
  }
}
