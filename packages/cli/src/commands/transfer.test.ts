// `cwd import` beside a running `cwd serve` on the same PGlite folder: refused with a clear message,
// or, through the server's API, stored whole; checked after a restart.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startServe } from "../../../../e2e/serve-process.js";

const bin = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const adminToken = "transfer-admin-token-0123456789";
const demo = JSON.parse(
  readFileSync(new URL("../../demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const survey = demo.surveys[0];
const responseCount = 300;

function exchangeDocument() {
  const responses = Array.from({ length: responseCount }, (_, i) => ({
    id: `6f0c2d4e-8a1b-4c3d-9e5f-${i.toString(16).padStart(12, "0")}`,
    partnershipId: demo.partnership.id,
    surveyId: survey.id,
    submittedAt: "2026-11-27T10:00:00Z",
    answers: { gmina: "gmina-klukowo", "ocena-miejsca": (i % 5) + 1, problemy: ["transport"] },
  }));
  return { ...demo, surveys: [{ ...survey, status: "open" }], responses };
}

function cwd(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, DATABASE_URL: "", ...env },
    encoding: "utf8",
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** The exported responses to the imported survey (the demo also seeds sample responses to another). */
function responsesTo(exported: string): { surveyId: string }[] {
  return JSON.parse(exported).responses.filter((r: { surveyId: string }) => r.surveyId === survey.id);
}

async function countResponses(url: string): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const query = `surveyId=${survey.id}&limit=100${cursor ? `&cursor=${cursor}` : ""}`;
    const res = await fetch(`${url}/api/partnerships/${demo.partnership.id}/responses?${query}`, {
      headers: { Authorization: `Bearer ${adminToken}` },
    });
    const page = (await res.json()) as { items: unknown[]; nextCursor?: string };
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return count;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cwd-transfer-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("cwd import and export beside a running cwd serve", () => {
  it("refuses the data folder in use, and goes through the API instead, losing nothing", async () => {
    const dataDir = join(dir, "data");
    const file = join(dir, "partnership.json");
    writeFileSync(file, JSON.stringify(exchangeDocument()));
    let serve = await startServe({ CWD_DATA_DIR: dataDir, CWD_ADMIN_TOKEN: adminToken });
    try {
      const direct = cwd(["import", file, "--data-dir", dataDir]);
      expect(direct.status).toBe(1);
      expect(direct.err).toMatch(/data folder .* is in use: process \d+ .*--api URL/s);
      expect(direct.err).not.toMatch(/\n\s+at /);

      const noToken = cwd(["import", file, "--api", serve.url], { CWD_TOKEN: "", CWD_ADMIN_TOKEN: "" });
      expect(noToken.status).toBe(1);
      expect(noToken.err).toMatch(/--api needs an admin or editor token/);

      const viaApi = cwd(["import", file, "--api", `${serve.url}/api`], { CWD_TOKEN: adminToken });
      expect(viaApi.err).toBe("");
      expect(viaApi.out).toContain(`responses ${responseCount} stored`);
      const exported = cwd(["export", demo.partnership.id, "--responses", "--api", serve.url], {
        CWD_TOKEN: adminToken,
      });
      expect(exported.status).toBe(0);
      expect(responsesTo(exported.out)).toHaveLength(responseCount);
    } finally {
      await serve.stop();
    }
    serve = await startServe({ CWD_DATA_DIR: dataDir, CWD_ADMIN_TOKEN: adminToken });
    try {
      expect(await countResponses(serve.url)).toBe(responseCount);
    } finally {
      await serve.stop();
    }
    // Once the server is stopped the folder is free again.
    const after = cwd(["export", demo.partnership.id, "--responses", "--data-dir", dataDir]);
    expect(after.status).toBe(0);
    expect(responsesTo(after.out)).toHaveLength(responseCount);
  });
});

describe("cwd import of links that lead nowhere", () => {
  it("warns about an action serving a goal the document lacks, and imports it as every store would", () => {
    const file = join(dir, "dangling.json");
    const [action] = demo.actions;
    writeFileSync(file, JSON.stringify({ ...demo, actions: [{ ...action, goalId: "cel-9" }] }));
    const run = cwd(["import", file, "--data-dir", join(dir, "data")]);
    expect(run.status).toBe(0);
    expect(run.err).toBe(
      `warning: actions.0.goalId: cel-9, the goal of action ${action.id}, is not a goal in this document\n`,
    );
    expect(run.out).toContain("actions 1 created");
  });
});
