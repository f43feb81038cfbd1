// A throwaway PostgreSQL cluster for tests and benchmarks, from Debian's binaries: started in a
// temporary folder on a free port, trusting local connections, removed when stopped.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The bin folder of the newest PostgreSQL installed the Debian way, if any. */
export function findPostgresBin() {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, "bin"))
    .find((bin) => existsSync(join(bin, "initdb")) && existsSync(join(bin, "pg_ctl")));
}

/** Starts a cluster in a temporary folder, trusting local connections, on a free port. */
export async function startCluster(bin) {
  const dir = mkdtempSync(join(tmpdir(), "cwd-postgres-"));
  // PostgreSQL refuses to run as root; run it as the `postgres` user the Debian package creates.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, id("-u"), id("-g"));
  }
  const run = (tool, args) => {
    const command = asRoot
      ? ["runuser", "-u", "postgres", "--", join(bin, tool), ...args]
      : [join(bin, tool), ...args];
    execFileSync(command[0], command.slice(1), { stdio: "pipe" });
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

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

function errorText(error) {
  const stderr = error?.stderr?.toString().trim();
  return stderr || (error instanceof Error ? error.message : String(error));
}
