// `cwd token` through the built bin, on the PGlite folder `cwd serve` uses: a token made on the
// command line opens the API, is refused once revoked, and is nowhere on disk in clear.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hashToken } from "@cwd/adapters/handler";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startServe } from "../../../../e2e/serve-process.js";

const bin = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const demoFile = fileURLToPath(new URL("../../demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url));
const pid = "ziemia-wysokomazowiecka";

function cwd(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, DATABASE_URL: "", CWD_ADMIN_TOKEN: "" },
    encoding: "utf8",
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** Every byte of every file under `dir`. */
function filesUnder(dir: string): Buffer[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name)));
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cwd-token-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("cwd token", () => {
  it("makes, lists and revokes tokens that cwd serve honours", { timeout: 120_000 }, async () => {
    expect(cwd(["import", demoFile, "--data-dir", dir]).status).toBe(0);
    const made = cwd([
      "token",
      "create",
      "--partnership",
      pid,
      "--role",
      "analyst",
      "--label",
      "UG Klukowo",
      "--expires",
      "2099-06-30",
      "--data-dir",
      dir,
    ]);
    expect(made.status, made.err).toBe(0);
    const token = made.out.trim();
    expect(token).toMatch(/^cwd_[A-Za-z0-9_-]{43}$/);
    expect(made.err).toMatch(/not be shown again/);

    const listed = cwd(["token", "list", "--data-dir", dir]);
    expect(listed.status).toBe(0);
    expect(listed.out).toMatch(
      /^(\S+) {2}"UG Klukowo", analyst of ziemia-wysokomazowiecka, made \S+, expires 2099-06-30T23:59:59\.999Z$/m,
    );
    expect(listed.out).not.toContain(token.slice(4));
    const id = /^(\S+) /.exec(listed.out)?.[1] as string;

    const responses = async (url: string) =>
      (
        await fetch(`${url}/api/partnerships/${pid}/responses`, {
          headers: { Authorization: `Bearer ${token}` },
        })
      ).status;
    let serve = await startServe({ CWD_DATA_DIR: dir, CWD_ADMIN_TOKEN: "" });
    try {
      expect(await responses(serve.url)).toBe(200);
    } finally {
      await serve.stop();
    }

    const revoked = cwd(["token", "revoke", id, "--data-dir", dir]);
    expect(revoked.status).toBe(0);
    expect(revoked.out).toMatch(/^Revoked .*REVOKED/);
    expect(cwd(["token", "list", "--data-dir", dir]).out).toContain("REVOKED");

    serve = await startServe({ CWD_DATA_DIR: dir, CWD_ADMIN_TOKEN: "" });
    try {
      expect(await responses(serve.url)).toBe(401);
    } finally {
      await serve.stop();
    }

    // The database files hold the token's hash (so the search can find text), never the token.
    const files = filesUnder(dir);
    expect(files.some((bytes) => bytes.includes(token.slice(4)))).toBe(false);
    const hash = await hashToken(token);
    expect(files.some((bytes) => bytes.includes(hash))).toBe(true);
  });

  it("names what is wrong in a request", () => {
    expect(cwd(["import", demoFile, "--data-dir", dir]).status).toBe(0);
    const admin = cwd([
      "token",
      "create",
      "--role",
      "admin",
      "--partnership",
      pid,
      "--label",
      "X",
      "--data-dir",
      dir,
    ]);
    expect(admin.status).toBe(1);
    expect(admin.err).toMatch(/partnershipId: an admin token holds in every partnership/);
    const role = cwd(["token", "create", "--role", "owner", "--label", "X", "--data-dir", dir]);
    expect(role.status).toBe(1);
    expect(role.err).toMatch(/Allowed choices are admin, editor, moderator, assessor, analyst/);
    const missing = cwd([
      "token",
      "create",
      "--role",
      "editor",
      "--partnership",
      "nie-ma",
      "--label",
      "X",
      "--data-dir",
      dir,
    ]);
    expect(missing.err).toMatch(/partnerships nie-ma not found/);
    expect(cwd(["token", "revoke", "nie-ma", "--data-dir", dir]).err).toMatch(/no token nie-ma/);
  });
});
