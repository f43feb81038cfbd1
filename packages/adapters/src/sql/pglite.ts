import { PGlite } from "@electric-sql/pglite";
import type { SqlDriver, SqlQuery } from "./driver.js";
import { lockDataFolder } from "./folder-lock.js";

export type PgliteDriverOptions =
  /** A data folder (created when missing), or nothing for a database in memory. */
  | { dataDir?: string }
  /** An instance opened by the caller, who also closes it: lets many stores share one database. */
  | { db: PGlite };

/**
 * A driver for PGlite, PostgreSQL compiled to WebAssembly and embedded in the process: the
 * default storage of `cwd serve`, with no server to run. The first start takes a few seconds.
 * A data folder is locked for this process while the driver is open (DataFolderInUseError for a
 * second one), since two processes on one folder corrupt it.
 *
 * @example
 * const store = await createSqlStore(pgliteDriver({ dataDir: ".cwd-data" }));
 */
export function pgliteDriver(options: PgliteDriverOptions = {}): SqlDriver {
  const owned = !("db" in options);
  const dataDir = "dataDir" in options ? options.dataDir : undefined;
  // PGlite also takes `memory://` and `idb://` locations, which no other process can open.
  const release = dataDir && !dataDir.includes("://") ? lockDataFolder(dataDir) : () => {};
  const db = "db" in options ? options.db : new PGlite(dataDir);
  const queryWith =
    (target: Pick<PGlite, "query">): SqlQuery =>
    async <Row>(text: string, params: readonly unknown[] = []) =>
      (await target.query<Row>(text, [...params])).rows;
  return {
    query: queryWith(db),
    transaction: (work) => db.transaction((tx) => work(queryWith(tx))),
    async close() {
      try {
        if (owned) await db.close();
      } finally {
        release();
      }
    },
  };
}
