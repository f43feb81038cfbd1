/** Runs one SQL statement with `$1`, `$2` … parameters and returns its rows. */
export type SqlQuery = <Row = Record<string, unknown>>(
  text: string,
  params?: readonly unknown[],
) => Promise<Row[]>;

/**
 * What the SQL store needs from a database, so one store runs on PGlite and on PostgreSQL alike.
 * A driver speaks PostgreSQL's dialect; `pgliteDriver` and `postgresDriver` are the two we ship.
 */
export interface SqlDriver {
  query: SqlQuery;
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (query: SqlQuery) => Promise<T>): Promise<T>;
  /** Releases the database (closes PGlite, ends the pool). */
  close(): Promise<void>;
}
