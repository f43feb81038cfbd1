import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/** Another process (or another store in this one) has the data folder open. */
export class DataFolderInUseError extends Error {
  override name = "DataFolderInUseError";
}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/**
 * Takes the data folder of an embedded database for this process, or throws DataFolderInUseError.
 * PGlite is single-process: a second process writing the same folder (a `cwd import` beside a running
 * `cwd serve`) corrupts its indexes and loses rows it had reported stored. The lock is a file naming
 * the owner's process; a lock left by a process that no longer runs (killed with -9) is taken over.
 * Returns the release function, which is safe to call more than once.
 *
 * @example
 * const release = lockDataFolder(".cwd-data");
 */
export function lockDataFolder(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, "cwd.lock");
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const text = JSON.stringify(me);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lockFile, text, { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error;
    }
    const held = readFileSync(lockFile, "utf8");
    const owner = readOwner(held);
    if (owner && stillRunning(owner)) {
      const who =
        owner.pid === process.pid
          ? "this process already has it open"
          : `process ${owner.pid} on ${owner.host} has had it open since ${owner.since}`;
      throw new DataFolderInUseError(
        `the data folder ${dataDir} is in use: ${who}. PGlite allows one process per folder: stop that ` +
          "process, or import and export through its API (`--api URL` with a token). If no such process " +
          `runs any more, delete ${lockFile}.`,
      );
    }
    // The owner is gone: take over, unless another process took over first.
    if (readFileSync(lockFile, "utf8") === held) unlinkSync(lockFile);
  }
  const release = () => {
    try {
      if (readFileSync(lockFile, "utf8") === text) unlinkSync(lockFile);
    } catch {
      // Already gone: nothing to release.
    }
    process.off("exit", release);
  };
  // A process that exits without closing its store (process.exit in a signal handler) still frees it.
  process.on("exit", release);
  return release;
}

function readOwner(text: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    return typeof owner.pid === "number" && typeof owner.host === "string" ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the lock's owner still runs. A process on another host cannot be checked: assume it does. */
function stillRunning(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
