// `cwd codes create` then responses through the store on the same PGlite folder: a code is taken once.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createHandler } from "@cwd/adapters/handler";
import { createHttpStore } from "@cwd/adapters/http";
import { openPgliteStore } from "@cwd/adapters/sql";
import { type Answer, responseIdForCode, submissionIdForCode } from "@cwd/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const demo = JSON.parse(
  readFileSync(new URL("../../demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const survey = demo.surveys[0];
const vote = demo.rounds.find((r: { type: string }) => r.type === "budget");
const cwd = (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, DATABASE_URL: "" },
    encoding: "utf8",
  });

let dir: string;
let codes: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cwd-codes-"));
  const file = join(dir, "demo.json");
  writeFileSync(file, JSON.stringify(demo));
  expect(cwd(["import", file, "--data-dir", join(dir, "data")]).stderr).toBe("");
  const created = cwd([
    "codes",
    "create",
    demo.partnership.id,
    survey.id,
    "--count",
    "3",
    "--data-dir",
    join(dir, "data"),
  ]);
  expect(created.stderr).toContain("3 codes created");
  codes = created.stdout.trim().split("\n");
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cwd codes create", () => {
  it("prints distinct codes and makes the survey take one response per code", async () => {
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const store = await openPgliteStore(join(dir, "data"));
    try {
      const code = codes[0] as string;
      const response = (answers: Record<string, Answer>, withCode = code) => ({
        id: responseIdForCode(survey.id, withCode),
        partnershipId: demo.partnership.id,
        surveyId: survey.id,
        submittedAt: "2026-11-27T10:00:00Z",
        answers,
        code: withCode,
      });
      const answers = { gmina: "gmina-klukowo", "ocena-miejsca": 4, problemy: ["transport"] };
      expect((await store.submit("responses", response(answers))).created).toBe(true);
      // The same code again: a retry of the same response is recognised, other answers are refused.
      expect((await store.submit("responses", response(answers))).created).toBe(false);
      await expect(
        store.submit("responses", response({ ...answers, "ocena-miejsca": 1 })),
      ).rejects.toMatchObject({
        code: "conflict",
      });
      await expect(store.submit("responses", response(answers, "AAAA-BBBB-CCCC"))).rejects.toThrow(
        /not an invitation code/,
      );
      const { code: _, ...withoutCode } = response(answers, codes[1] as string);
      await expect(store.submit("responses", withoutCode)).rejects.toThrow(/invitation code only/);
    } finally {
      await store.close();
    }
  });
});

describe("cwd codes create --round", () => {
  it("makes a budget vote take one ballot per code, and refuses an assessment round", async () => {
    const data = ["--data-dir", join(dir, "data")];
    const created = cwd([
      "codes",
      "create",
      demo.partnership.id,
      vote.id,
      "--round",
      "--count",
      "2",
      ...data,
    ]);
    expect(created.stderr).toContain("2 codes created; the round now has 2.");
    const [code] = created.stdout.trim().split("\n") as [string];
    const assessment = demo.rounds.find((r: { type: string }) => r.type === "assessment");
    const refused = cwd(["codes", "create", demo.partnership.id, assessment.id, "--round", ...data]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/is an assessment round/);
    const stored = await openPgliteStore(join(dir, "data"));
    // Ballots go through the public API, as a resident's widget sends them.
    const handler = createHandler(stored);
    const store = createHttpStore({
      baseUrl: "http://cwd.test/api",
      fetch: (input, init) => handler.fetch(new Request(input, init)),
    });
    try {
      const ballot = (projectIds: string[], withCode = code) => ({
        id: submissionIdForCode(vote.id, withCode),
        partnershipId: demo.partnership.id,
        roundId: vote.id,
        submittedAt: "2026-11-27T10:00:00Z",
        projectIds,
        code: withCode,
      });
      const choice = [vote.candidates[0].projectId];
      expect((await store.submit("ballots", ballot(choice))).created).toBe(true);
      expect((await store.submit("ballots", ballot(choice))).created).toBe(false);
      await expect(store.submit("ballots", ballot([vote.candidates[1].projectId]))).rejects.toMatchObject({
        code: "conflict",
      });
      const { code: _, ...withoutCode } = ballot(choice);
      await expect(store.submit("ballots", { ...withoutCode, id: crypto.randomUUID() })).rejects.toThrow(
        /invitation code only/,
      );
    } finally {
      await stored.close();
    }
  });
});
