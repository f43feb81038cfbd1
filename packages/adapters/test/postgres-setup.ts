// Vitest global setup: finds or starts a PostgreSQL server for the tests, so the SQL store is
// always tested against a real server (never a mock). In order:
// 1. CWD_TEST_DATABASE_URL or DATABASE_URL, when set;
// 2. a throwaway cluster from Debian's binaries (/usr/lib/postgresql/<version>/bin), removed afterwards;
// 3. otherwise a loud warning (and under CI an error: CI must never skip PostgreSQL silently).
// Tests read the URL with `inject("postgresUrl")` (null: none); child processes get CWD_TEST_DATABASE_URL.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

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

/** The bin folder of the newest PostgreSQL installed the Debian way, if any. */
function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, "bin"))
    .find((bin) => existsSync(join(bin, "initdb")) && existsSync(join(bin, "pg_ctl")));
}

/** Starts a cluster in a temporary folder, trusting local connections, on a free port. */
async function startCluster(bin: string): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "cwd-postgres-"));
  // PostgreSQL refuses to run as root; run it as the `postgres` user the Debian package creates.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, id("-u"), id("-g"));
  }
  const run = (tool: string, args: string[]) => {
    const command = asRoot
      ? ["runuser", "-u", "postgres", "--", join(bin, tool), ...args]
      : [join(bin, tool), ...args];
    execFileSync(command[0]!, command.slice(1), { stdio: "pipe" });
  };
  const port = await freePort();
  try {
    run("initdb", ["-D", dir, "-A", "trust", "-U", "postgres", "--no-sync"]);
    // -l: the server's output goes to a file, or it would hold our pipe open and hang pg_ctl.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    run("pg_ctl", ["-D", dir, "-l", join(dir, "server.log"), "-o", options, "-w", "start"]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start a test PostgreSQL from ${bin}: ${errorText(error)}`);
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run("pg_ctl", ["-D", dir, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

function errorText(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
  return stderr || (error instanceof Error ? error.message : String(error));
}
