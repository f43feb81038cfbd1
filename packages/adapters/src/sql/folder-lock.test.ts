import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataFolderInUseError, lockDataFolder, openPgliteStore } from "../sql.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cwd-lock-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the PGlite data folder lock", () => {
  it("refuses a second store on a folder that is open, and frees it on close", {
    timeout: 60_000,
  }, async () => {
    const first = await openPgliteStore(dir);
    await expect(openPgliteStore(dir)).rejects.toThrow(DataFolderInUseError);
    await expect(openPgliteStore(dir)).rejects.toThrow(
      /is in use: this process already has it open.*--api URL/,
    );
    await first.close();
    const again = await openPgliteStore(dir);
    await again.close();
    expect(existsSync(join(dir, "cwd.lock"))).toBe(false);
  });

  it("refuses a folder another running process holds, naming it", async () => {
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      writeFileSync(
        join(dir, "cwd.lock"),
        JSON.stringify({ pid: holder.pid, host: hostname(), since: "then" }),
      );
      expect(() => lockDataFolder(dir)).toThrow(new RegExp(`is in use: process ${holder.pid} on`));
    } finally {
      holder.kill("SIGKILL");
      await once(holder, "exit");
    }
    // Killed with -9, it left its lock behind: now stale, and taken over.
    lockDataFolder(dir)();
  });

  it("takes over a lock left by a process that no longer runs (kill -9)", () => {
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
    const deadPid = Number(gone.stdout.toString());
    writeFileSync(join(dir, "cwd.lock"), JSON.stringify({ pid: deadPid, host: hostname(), since: "then" }));
    const release = lockDataFolder(dir);
    release();
    release();
    expect(existsSync(join(dir, "cwd.lock"))).toBe(false);
  });
});
