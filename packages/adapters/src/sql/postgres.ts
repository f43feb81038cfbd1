import pg from "pg";
import type { SqlDriver, SqlQuery } from "./driver.js";

/**
 * A driver for a PostgreSQL server through a `pg` connection pool: the storage for several
 * `cwd serve` instances behind a load balancer. Takes a connection string or any `pg` pool settings.
 *
 * @example
 * const store = await createSqlStore(postgresDriver(process.env.DATABASE_URL));
 */
export function postgresDriver(config: string | pg.PoolConfig): SqlDriver {
  const pool = new pg.Pool(typeof config === "string" ? { connectionString: config } : config);
  // An idle connection can break (server restart, network); the pool drops it and opens a new one
  // on the next query. Without a listener, Node would treat the event as a crash.
  pool.on("error", (error) => console.warn(`cwd: a PostgreSQL connection broke: ${error.message}`));
  const queryWith =
    (target: pg.Pool | pg.PoolClient): SqlQuery =>
    async <Row>(text: string, params: readonly unknown[] = []) =>
      (await target.query(text, [...params])).rows as Row[];
  return {
    query: queryWith(pool),
    async transaction(work) {
      const client = await pool.connect();
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
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
