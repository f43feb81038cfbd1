import { UnavailableError } from "@cwd/core";
import pg from "pg";
import type { SqlDriver, SqlQuery } from "./driver.js";

/**
 * A driver for a PostgreSQL server through a `pg` connection pool: the storage for several
 * `cwd serve` instances behind a load balancer. Takes a connection string or any `pg` pool settings.
 * While the server cannot be reached, calls fail with core's UnavailableError (a 503 in the API)
 * rather than an unexpected error; the pool reconnects on its own once the server is back.
 *
 * @example
 * const store = await createSqlStore(postgresDriver(process.env.DATABASE_URL));
 */
export function postgresDriver(config: string | pg.PoolConfig): SqlDriver {
  const settings = typeof config === "string" ? { connectionString: config } : config;
  // A server that accepts connections but never answers would otherwise hold requests forever.
  const pool = new pg.Pool({ connectionTimeoutMillis: 10_000, ...settings });
  // An idle connection can break (server restart, network); the pool drops it and opens a new one
  // on the next query. Without a listener, Node would treat the event as a crash.
  pool.on("error", (error) => console.warn(`cwd: a PostgreSQL connection broke: ${error.message}`));
  const statement = preparedStatements();
  const queryWith =
    (target: pg.Pool | pg.PoolClient): SqlQuery =>
    async <Row>(text: string, params: readonly unknown[] = []) =>
      (await target.query(statement(text, params)).catch(rethrowUnavailable)).rows as Row[];
  return {
    query: queryWith(pool),
    async transaction(work) {
      const client = await pool.connect().catch(rethrowUnavailable);
      let broken = false;
      try {
        await client.query("begin");
        const result = await work(queryWith(client));
        await client.query("commit");
        return result;
      } catch (error) {
        // A connection that cannot even roll back is not fit to go back into the pool.
        await client.query("rollback").catch(() => {
          broken = true;
        });
        return rethrowUnavailable(error);
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/** Distinct statements named at most; past it (never with our own SQL), statements go unnamed. */
const maxNamedStatements = 500;

/**
 * Names each distinct statement text that has parameters, so that `pg` prepares it once per
 * connection and afterwards only binds and runs it (as the JDBC driver does): PostgreSQL neither
 * parses nor plans it again, and the text is not sent each time. A text without parameters goes
 * as a simple query, which may hold several statements (the migrations).
 */
function preparedStatements() {
  const names = new Map<string, string>();
  return (text: string, params: readonly unknown[]): pg.QueryConfig => {
    if (params.length === 0) return { text };
    let name = names.get(text);
    if (name === undefined && names.size < maxNamedStatements) {
      name = `cwd_${names.size + 1}`;
      names.set(text, name);
    }
    return { name, text, values: [...params] };
  };
}

// Network faults, and SQLSTATE classes that mean "the server is not there just now": 08 (connection
// exception), 57P01-57P03 (shutting down, crashed, starting up), 53300 (too many connections).
const networkCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "EAI_AGAIN",
]);
const unavailableStates = /^(08...|57P0[123]|53300)$/;
const unavailableMessages = /Connection terminated|timeout exceeded when trying to connect|not queryable/i;

/** Turns an error that says the database is away into UnavailableError; any other is thrown as it is. */
function rethrowUnavailable(error: unknown): never {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : "";
  if (
    (typeof code === "string" && (networkCodes.has(code) || unavailableStates.test(code))) ||
    unavailableMessages.test(message) ||
    (error instanceof AggregateError && error.errors.some((inner) => networkCodes.has(inner?.code)))
  ) {
    throw new UnavailableError(
      `the database is unavailable (${typeof code === "string" ? code : message.slice(0, 80)}); try again shortly`,
    );
  }
  throw error;
}
