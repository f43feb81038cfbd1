import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSqlStore, migrate, openPgliteStore, pgliteDriver } from "../sql.js";
import { partnershipFixture, partnershipId, responseFixture, surveyFixture } from "../testing.js";

describe("PGlite in a data folder", () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "cwd-pglite-"));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  // Two PGlite starts: generous time on a busy machine.
  it("keeps documents and responses after the store is closed and opened again", {
    timeout: 90_000,
  }, async () => {
    const dataDir = join(folder, "data");
    const first = await openPgliteStore(dataDir);
    await first.put("partnerships", partnershipFixture());
    await first.put("surveys", surveyFixture());
    await first.put("surveys", surveyFixture({ version: 1, status: "open", audience: "pupils" }));
    await first.submit("responses", responseFixture());
    await first.close();

    const driver = pgliteDriver({ dataDir });
    expect(await migrate(driver)).toEqual([]);
    const reopened = await createSqlStore(driver);
    try {
      expect(await reopened.get("surveys", { partnershipId, id: "ankieta-mieszkancow" })).toEqual({
        ...surveyFixture({ audience: "pupils" }),
        version: 2,
      });
      // The response sent before the restart is still known: its retry changes nothing.
      expect(await reopened.submit("responses", responseFixture())).toEqual({
        submission: responseFixture(),
        created: false,
      });
      const responses = await reopened.listSubmissions("responses", { partnershipId });
      expect(responses.items).toEqual([responseFixture()]);
      await expect(reopened.put("surveys", surveyFixture({ version: 1 }))).rejects.toMatchObject({
        code: "conflict",
      });
    } finally {
      await reopened.close();
    }
  });
});
