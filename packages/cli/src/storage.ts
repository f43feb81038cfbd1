import { resolve } from "node:path";
import { openPgliteStore, openPostgresStore } from "@cwd/adapters/sql";
import type { Store } from "@cwd/core";
import type { Config } from "./config.js";

/** Opens the configured storage: PostgreSQL when DATABASE_URL is set, else PGlite in the data folder. */
export async function openStorage(config: Config): Promise<{ store: Store; description: string }> {
  if (config.databaseUrl) {
    const store = await openPostgresStore(config.databaseUrl);
    return { store, description: `PostgreSQL at ${redactPassword(config.databaseUrl)}` };
  }
  const dataDir = resolve(config.dataDir);
  const store = await openPgliteStore(dataDir);
  return { store, description: `PGlite in ${dataDir}` };
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
