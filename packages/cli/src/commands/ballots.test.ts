import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parsePabulib } from "@cwd/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Runs the built command (`npm run build` first) on the storage `cwd serve` uses: a PGlite folder.
const bin = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const demoFile = fileURLToPath(new URL("../../demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url));
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, [bin, ...args], { env: { ...process.env, DATABASE_URL: "" } });
const dir = mkdtempSync(join(tmpdir(), "cwd-ballots-"));
const dataDir = join(dir, "data");

beforeAll(async () => {
  if (!existsSync(bin)) throw new Error("packages/cli/dist/bin.js is missing: run `npm run build` first");
  await run("import", demoFile, "--data-dir", dataDir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cwd ballots export", { timeout: 60_000 }, () => {
  it("writes the sample vote's ballots as a .pb file that cwd budget counts", async () => {
    const file = join(dir, "glosowanie.pb");
    await run(
      "ballots",
      "export",
      "ziemia-wysokomazowiecka",
      "przyklad-glosowanie",
      "-o",
      file,
      "--data-dir",
      dataDir,
    );
    const instance = parsePabulib(readFileSync(file, "utf8"));
    expect(instance.meta).toMatchObject({ budget: "200000", num_votes: "12", rule: "equalshares/add1" });
    expect(instance.votes).toHaveLength(12);
    expect(instance.projects.find((p) => p.id === "przyklad-lawki")?.fields).toEqual({
      votes: "7",
      name: "Ławki i zieleń przy rynku w Czyżewie (przykład)",
    });
    const { stdout } = await run("budget", file, "--rule", "mes", "--completion", "add1");
    expect(stdout).toBe("przyklad-lawki\nprzyklad-plac-zabaw\nprzyklad-stojaki\n");
  });

  it("refuses an assessment round and an unknown round with one line and exit code 1", async () => {
    const file = join(dir, "x.pb");
    const args = ["-o", file, "--data-dir", dataDir];
    await expect(
      run("ballots", "export", "ziemia-wysokomazowiecka", "przyklad-ocena-projektow", ...args),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/roundId: round przyklad-ocena-projektow is an assessment/),
    });
    await expect(
      run("ballots", "export", "ziemia-wysokomazowiecka", "nie-ma", ...args),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/rounds nie-ma not found/),
    });
    expect(existsSync(file)).toBe(false);
  });
});
