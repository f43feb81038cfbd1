import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parsePabulib } from "@cwd/core";
import { beforeAll, describe, expect, it } from "vitest";

// Runs the built command (`npm run build` first), as a user would.
const bin = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const data = (name: string) =>
  fileURLToPath(new URL(`../../../core/test/data/pabulib/${name}`, import.meta.url));
const cwd = (...args: string[]) => promisify(execFile)(process.execPath, [bin, "budget", ...args]);

beforeAll(() => {
  if (!existsSync(bin)) throw new Error("packages/cli/dist/bin.js is missing: run `npm run build` first");
});

describe("cwd budget", () => {
  it("prints greedy's selection, one id a line, on Warszawa 2019", async () => {
    const { stdout } = await cwd(data("Poland_Warszawa_2019_Stare_Miasto.pb"), "--rule", "greedy");
    expect(stdout).toBe("1198\n2380\n439\n176\n1913\n1339\n1297\n1327\n");
  });

  it("reproduces Świecie 2023 with Equal Shares and Add1, and explains it with --json", async () => {
    const file = data("Poland_Swiecie_2023.pb");
    const { stdout } = await cwd(file, "--rule", "mes", "--completion", "add1", "--json");
    const { selected, explanation } = JSON.parse(stdout);
    const official = parsePabulib(readFileSync(file, "utf8"))
      .projects.filter((p) => p.fields.selected === "1")
      .map((p) => p.id);
    expect([...selected].sort()).toEqual(official.sort());
    expect(explanation.rule).toBe("equalShares");
    expect(explanation.winners[0]).toHaveProperty("pricePerSupporter");
    expect(explanation.rejected[0]).toHaveProperty("message");
  });

  it("runs Wieliczka's comparison step with --comparison popularity and says which outcome was kept", async () => {
    const file = data("Poland_Wieliczka_2023_Green_Budget.pb");
    const flags = ["--rule", "mes", "--completion", "add1-until-overspend", "--comparison", "popularity"];
    const { stdout } = await cwd(file, ...flags, "--json");
    const { selected, explanation } = JSON.parse(stdout);
    expect(selected).toHaveLength(30);
    expect(explanation.comparison).toEqual({
      kept: "equal-shares",
      preferEqualShares: 1615,
      preferGreedy: 873,
    });
  });

  it("takes the equalshares.net tool's Add1 settings: integral start, exhaustive over all projects", async () => {
    const file = data("Poland_Swiecie_2023.pb");
    const tool = ["--add1-start", "integral", "--add1-exhaustive", "all", "--tie-break", "cost-votes"];
    const { stdout } = await cwd(file, "--rule", "mes", "--completion", "add1-greedy", ...tool, "--json");
    // Whole złote per voter from floor(1 070 000 / 2553) = 419 up; B/n itself is not whole.
    const integral = JSON.parse(stdout).explanation.perVoterBudget;
    expect(Number.isInteger(integral) && integral >= 419).toBe(true);
    const exact = await cwd(file, "--rule", "mes", "--completion", "add1-greedy", "--json");
    expect(Number.isInteger(JSON.parse(exact.stdout).explanation.perVoterBudget)).toBe(false);
  });

  it("refuses a bad flag or file with one line and exit code 1", async () => {
    await expect(cwd(data("Poland_Swiecie_2023.pb"), "--rule", "best")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^error: option '--rule <rule>' argument 'best' is invalid/),
    });
    await expect(cwd("missing.pb", "--rule", "greedy")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^cwd budget: missing\.pb: ENOENT[^\n]*\n$/),
    });
  });
});
