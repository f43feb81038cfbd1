// Tokens through the API, over the memory token store and the SQL one (PGlite): made once,
// refused on the next request after revocation, and every write recorded in the audit trail.
import { readFileSync } from "node:fs";
import type { Partnership, Store, Survey } from "@cwd/core";
import { afterAll, describe, expect, it } from "vitest";
import { createHandler } from "./handler.js";
import { createMemoryStore } from "./memory.js";
import { createSqlStore, createSqlTokenStore, pgliteDriver } from "./sql.js";
import { createMemoryTokenStore } from "./tokens/memory.js";
import type { TokenStore } from "./tokens/store.js";

const demo = JSON.parse(
  readFileSync(new URL("../../cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const partnership: Partnership = demo.partnership;
const survey: Survey = demo.surveys[0];
const pid = partnership.id;
const adminToken = "s3cret-admin-token";
const admin = { Authorization: `Bearer ${adminToken}` };

const opened: Store[] = [];
afterAll(() => Promise.all(opened.map((store) => store.close())));

const setups: [string, () => Promise<{ store: Store; tokens: TokenStore }>][] = [
  ["memory", async () => ({ store: createMemoryStore(), tokens: createMemoryTokenStore() })],
  [
    "SQL on PGlite",
    async () => {
      const driver = pgliteDriver();
      const store = await createSqlStore(driver);
      opened.push(store);
      return { store, tokens: await createSqlTokenStore(driver) };
    },
  ],
];

describe.each(setups)("tokens through the API: %s", (_name, open) => {
  async function setUp() {
    const { store, tokens } = await open();
    await store.put("partnerships", partnership);
    const handler = createHandler(store, { adminToken, tokens });
    const call = (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) =>
      handler.fetch(
        new Request(`http://cwd.test/api${path}`, {
          method,
          headers: { ...headers, ...(body !== undefined && { "Content-Type": "application/json" }) },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      );
    return { call };
  }

  it("refuses a revoked token on its very next request", async () => {
    const { call } = await setUp();
    const made = await call("POST", "/tokens", admin, {
      label: "UG Klukowo",
      role: "analyst",
      partnershipId: pid,
    });
    expect(made.status).toBe(201);
    const { token, id } = await made.json();
    const analyst = { Authorization: `Bearer ${token}` };
    expect((await call("GET", `/partnerships/${pid}/responses`, analyst)).status).toBe(200);
    expect((await call("DELETE", `/tokens/${id}`, admin)).status).toBe(200);
    const refused = await call("GET", `/partnerships/${pid}/responses`, analyst);
    expect(refused.status).toBe(401);
    const { error } = await refused.json();
    expect(error.message).toBe(`the token "UG Klukowo" (${id}) was revoked`);
    expect((await call("DELETE", "/tokens/nie-ma", admin)).status).toBe(404);
  });

  it("lists tokens without their secrets or hashes", async () => {
    const { call } = await setUp();
    const { token } = await (
      await call("POST", "/tokens", admin, { label: "Analityk", role: "admin" })
    ).json();
    const listed = await call("GET", "/tokens", admin);
    const text = await listed.text();
    expect(JSON.parse(text).items).toEqual([expect.objectContaining({ label: "Analityk", role: "admin" })]);
    expect(text).not.toContain(token.slice(4));
    expect(text).not.toContain("hash");
  });

  it("makes tokens only for a partnership that exists", async () => {
    const { call } = await setUp();
    const res = await call("POST", "/tokens", admin, { label: "X", role: "editor", partnershipId: "nie-ma" });
    expect(res.status).toBe(404);
  });

  it("records who wrote what, by label and id, never the token", async () => {
    const { call } = await setUp();
    const made = await (
      await call("POST", "/tokens", admin, { label: "UG Klukowo", role: "editor", partnershipId: pid })
    ).json();
    const editor = { Authorization: `Bearer ${made.token}` };
    expect((await call("PUT", `/partnerships/${pid}/surveys/${survey.id}`, editor, survey)).status).toBe(201);
    const update = { ...admin, "If-Match": '"1"' };
    expect((await call("PUT", `/partnerships/${pid}/surveys/${survey.id}`, update, survey)).status).toBe(200);
    const res = await call("GET", `/partnerships/${pid}/audit?limit=1`, editor);
    const first = await res.json();
    const second = await (
      await call("GET", `/partnerships/${pid}/audit?cursor=${first.nextCursor}`, editor)
    ).json();
    const entries = [...first.items, ...second.items];
    expect(entries).toEqual([
      {
        partnershipId: pid,
        kind: "surveys",
        id: survey.id,
        version: 1,
        action: "create",
        at: expect.any(String),
        by: { label: "UG Klukowo", tokenId: made.id },
      },
      {
        partnershipId: pid,
        kind: "surveys",
        id: survey.id,
        version: 2,
        action: "update",
        at: expect.any(String),
        by: { label: "bootstrap admin" },
      },
    ]);
    expect(second.nextCursor).toBeUndefined();
    expect(JSON.stringify(entries)).not.toContain(made.token.slice(4));
  });

  it("tells an editor of one partnership that another is out of its reach", async () => {
    const { call } = await setUp();
    const made = await (
      await call("POST", "/tokens", admin, { label: "UG Klukowo", role: "editor", partnershipId: pid })
    ).json();
    const other = { ...survey, partnershipId: "inne" };
    const res = await call(
      "PUT",
      `/partnerships/inne/surveys/${survey.id}`,
      { Authorization: `Bearer ${made.token}` },
      other,
    );
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toBe(
      `the token "UG Klukowo" (editor of partnership ${pid}) may not write documents in partnership inne`,
    );
  });
});
