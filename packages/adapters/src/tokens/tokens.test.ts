import { afterAll, describe, expect, it } from "vitest";
import { pgliteDriver } from "../sql/pglite.js";
import { createSqlStore } from "../sql/store.js";
import { createMemoryTokenStore } from "./memory.js";
import { hashToken, tokenPrefix } from "./secret.js";
import { createSqlTokenStore } from "./sql.js";
import { issueToken, type TokenStore } from "./store.js";

const driver = pgliteDriver();
const sqlStore = createSqlStore(driver);
afterAll(async () => (await sqlStore).close());

const stores: [string, () => Promise<TokenStore>][] = [
  ["memory", async () => createMemoryTokenStore()],
  // One PGlite for all cases: each case makes its own tokens and reads its own partnership's trail.
  [
    "SQL on PGlite",
    async () => {
      await sqlStore;
      return createSqlTokenStore(driver);
    },
  ],
];

const now = new Date("2026-05-01T10:00:00Z");
const grant = { label: "UG Klukowo", role: "editor", partnershipId: "ziemia-wysokomazowiecka" };

describe.each(stores)("token store: %s", (_name, open) => {
  it("issues a prefixed token once and keeps only its hash", async () => {
    const tokens = await open();
    const issued = await issueToken(tokens, { ...grant, expiresAt: "2027-06-30T23:59:59+02:00" }, now);
    expect(issued.token.startsWith(tokenPrefix)).toBe(true);
    expect(issued.token).toHaveLength(tokenPrefix.length + 43);
    const found = await tokens.findByHash(await hashToken(issued.token));
    expect(found).toEqual({
      id: issued.id,
      label: "UG Klukowo",
      role: "editor",
      partnershipId: grant.partnershipId,
      createdAt: "2026-05-01T10:00:00.000Z",
      expiresAt: "2027-06-30T21:59:59.000Z",
      hash: await hashToken(issued.token),
    });
    const listed = (await tokens.list()).find((token) => token.id === issued.id);
    expect(listed).toEqual({ ...found, hash: undefined });
    expect(JSON.stringify(await tokens.list())).not.toContain("hash");
  });

  it("makes a different token each time", async () => {
    const tokens = await open();
    const a = await issueToken(tokens, grant, now);
    const b = await issueToken(tokens, grant, now);
    expect(a.token).not.toBe(b.token);
    expect(a.id).not.toBe(b.id);
  });

  it("revokes a token, keeping the first revocation time", async () => {
    const tokens = await open();
    const { id, token } = await issueToken(tokens, grant, now);
    expect(await tokens.revoke(id, "2026-05-02T00:00:00.000Z")).toMatchObject({
      id,
      revokedAt: "2026-05-02T00:00:00.000Z",
    });
    expect(await tokens.revoke(id, "2026-05-03T00:00:00.000Z")).toMatchObject({
      revokedAt: "2026-05-02T00:00:00.000Z",
    });
    expect((await tokens.findByHash(await hashToken(token)))?.revokedAt).toBe("2026-05-02T00:00:00.000Z");
    expect(await tokens.revoke("nie-ma", "2026-05-02T00:00:00.000Z")).toBeUndefined();
  });

  it("names the field of a bad request", async () => {
    const tokens = await open();
    const issues = async (input: unknown) =>
      issueToken(tokens, input, now).then(
        () => [],
        (error: { issues: { path: string }[] }) => error.issues.map((issue) => issue.path),
      );
    expect(await issues({ ...grant, role: "owner" })).toEqual(["role"]);
    expect(await issues({ ...grant, partnershipId: undefined })).toEqual(["partnershipId"]);
    expect(await issues({ ...grant, role: "admin" })).toEqual(["partnershipId"]);
    expect(await issues({ ...grant, label: " " })).toEqual(["label"]);
    expect(await issues({ ...grant, expiresAt: "2026-04-30T00:00:00Z" })).toEqual(["expiresAt"]);
  });

  it("pages a partnership's audit trail in the order written", async () => {
    const tokens = await open();
    const partnershipId = `p-${crypto.randomUUID().slice(0, 8)}`;
    const by = { label: "UG Klukowo", tokenId: "t-1" };
    for (let version = 1; version <= 5; version++) {
      const action = version === 1 ? "create" : "update";
      await tokens.record({
        partnershipId,
        kind: "surveys",
        id: "s",
        version,
        action,
        at: now.toISOString(),
        by,
      });
      await tokens.record({
        ...{ partnershipId: "inna", kind: "surveys", id: "s", version, action },
        at: now.toISOString(),
        by,
      });
    }
    const versions: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await tokens.audit(partnershipId, { limit: 2, cursor });
      expect(page.items.every((entry) => entry.partnershipId === partnershipId)).toBe(true);
      versions.push(...page.items.map((entry) => entry.version));
      cursor = page.nextCursor;
    } while (cursor);
    expect(versions).toEqual([1, 2, 3, 4, 5]);
    const [first] = (await tokens.audit(partnershipId, {})).items;
    expect(first).toEqual({
      partnershipId,
      kind: "surveys",
      id: "s",
      version: 1,
      action: "create",
      at: "2026-05-01T10:00:00.000Z",
      by,
    });
  });
});

describe("the SQL database", () => {
  it("holds no token in clear, only its hash", async () => {
    const tokens = await createSqlTokenStore(driver);
    const issued = await Promise.all([1, 2, 3].map(() => issueToken(tokens, grant, now)));
    const rows = await driver.query("select * from public.tokens");
    const everything = JSON.stringify(rows);
    for (const { token } of issued) {
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(token.slice(tokenPrefix.length));
      expect(everything).toContain(await hashToken(token));
    }
    // Nor anywhere else: a dump of every table of the schema.
    const tables = await driver.query<{ tablename: string }>(
      "select tablename from pg_tables where schemaname = 'public'",
    );
    for (const { tablename } of tables) {
      const dump = JSON.stringify(await driver.query(`select * from public."${tablename}"`));
      for (const { token } of issued) expect(dump).not.toContain(token.slice(tokenPrefix.length));
    }
  });
});
