// Vitest global setup: finds or starts a PostgreSQL server for the tests, so the SQL store is
// always tested against a real server (never a mock). In order:
// 1. CWD_TEST_DATABASE_URL or DATABASE_URL, when set;
// 2. a throwaway cluster from Debian's binaries (/usr/lib/postgresql/<version>/bin), removed afterwards;
// 3. otherwise a loud warning (and under CI an error: CI must never skip PostgreSQL silently).
// Tests read the URL with `inject("postgresUrl")` (null: none); child processes get CWD_TEST_DATABASE_URL.
import type { TestProject } from "vitest/node";
import { findPostgresBin, startCluster } from "../../../scripts/postgres-cluster.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose user may create databases, or null when none could be had. */
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  // Also set by an earlier project's setup in the same run, which then owns the server.
  const given = process.env.CWD_TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (given) {
    provide(project, given);
    return undefined;
  }
  const bin = findPostgresBin();
  if (!bin) {
    const message = [
      "",
      "!!! PostgreSQL tests are NOT run: no PostgreSQL server available. !!!",
      "The SQL store is then tested on PGlite only. To test it on PostgreSQL, either:",
      "  - install Debian's server:  apt-get install -y postgresql   (a throwaway cluster is started), or",
      "  - set DATABASE_URL (or CWD_TEST_DATABASE_URL) to a server whose user may CREATE DATABASE.",
      "",
    ].join("\n");
    if (process.env.CI) throw new Error(`CI must test PostgreSQL.${message}`);
    process.stderr.write(`\x1b[1;31m${message}\x1b[0m\n`);
    project.provide("postgresUrl", null);
    return undefined;
  }
  const cluster = await startCluster(bin);
  provide(project, cluster.url);
  return () => {
    cluster.stop();
    delete process.env.CWD_TEST_DATABASE_URL;
  };
}

function provide(project: TestProject, url: string): void {
  project.provide("postgresUrl", url);
  process.env.CWD_TEST_DATABASE_URL = url;
}
