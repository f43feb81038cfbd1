// Faults found when `cwd serve` was attacked: configuration accepted and then useless, a forged log
// line, the rate limit bypassed through X-Forwarded-For, and a portal that could be framed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Store } from "@cwd/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readConfig } from "./config.js";
import { seedDemo } from "./seed.js";
import { createApp, startServer } from "./server.js";
import { openStorage } from "./storage.js";

let dataDir: string;
let store: Store | undefined;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "cwd-faults-"));
});
afterEach(async () => {
  await store?.close();
  store = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("configuration", () => {
  it("refuses at start-up an admin token no Authorization header can carry", () => {
    expect(() => readConfig({}, { CWD_ADMIN_TOKEN: "correct horse battery staple" })).toThrow(/no spaces/);
    expect(() => readConfig({}, { CWD_ADMIN_TOKEN: "tok\u00e9n-0123456789abcdef" })).toThrow(
      /CWD_ADMIN_TOKEN/,
    );
    expect(readConfig({}, { CWD_ADMIN_TOKEN: "a1b2c3d4e5f6a7b8c9d0e1f2" }).adminToken).toBe(
      "a1b2c3d4e5f6a7b8c9d0e1f2",
    );
  });

  it("reads CWD_TRUST_PROXY as the number of proxies in front", () => {
    expect(readConfig({}, {}).trustedProxies).toBe(0);
    expect(readConfig({}, { CWD_TRUST_PROXY: "1" }).trustedProxies).toBe(1);
    expect(readConfig({}, { CWD_TRUST_PROXY: "true" }).trustedProxies).toBe(1);
    expect(readConfig({}, { CWD_TRUST_PROXY: "2" }).trustedProxies).toBe(2);
    expect(() => readConfig({}, { CWD_TRUST_PROXY: "yes" })).toThrow(/CWD_TRUST_PROXY/);
  });
});

describe("the request log", () => {
  it("writes a percent-encoded newline or NUL as sent, never as a second line", async () => {
    const config = readConfig({ dataDir }, {});
    store = (await openStorage(config)).store;
    const lines: string[] = [];
    const app = createApp(store, config, { log: (line) => lines.push(line) });
    await app.fetch(
      new Request("http://cwd.test/api/partnerships/x%0A2026-01-01T00:00:00Z%20GET%20/admin%00"),
    );
    await app.fetch(new Request("http://cwd.test/x%0D%0Ay"));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect([...line].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
    expect(lines[0]).toContain("/api/partnerships/x%0A2026");
  });
});

describe("the portal", () => {
  it("is served under a Content-Security-Policy and cannot be framed", async () => {
    const config = readConfig({ dataDir }, {});
    store = (await openStorage(config)).store;
    const res = await createApp(store, config).fetch(new Request("http://cwd.test/"));
    const csp = res.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers.get("X-Frame-Options")).toBe("DENY");
  });
});

describe("the portal's page", () => {
  it("writes stored text as text, never as markup", async () => {
    const config = readConfig({ dataDir }, {});
    store = (await openStorage(config)).store;
    await seedDemo(store);
    const id = "ziemia-wysokomazowiecka";
    const stored = await store.get("partnerships", { partnershipId: id, id });
    const hostile = '<img src=x onerror="alert(1)">';
    const members = stored.members.map((m, i) => (i === 1 ? { ...m, name: hostile } : m));
    await store.put("partnerships", { ...stored, members });
    const page = await (await createApp(store, config).fetch(new Request("http://cwd.test/"))).text();
    expect(page).not.toContain(hostile);
    expect(page).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});

describe("the public write limit behind a proxy", () => {
  it("counts the address the proxy saw, whatever the client put in X-Forwarded-For", async () => {
    const config = readConfig(
      { dataDir, port: "0" },
      { CWD_PUBLIC_WRITES_PER_MINUTE: "2", CWD_TRUST_PROXY: "1" },
    );
    store = (await openStorage(config)).store;
    await seedDemo(store);
    const server = await startServer(store, config);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await fetch(
          `${server.url}/api/partnerships/ziemia-wysokomazowiecka/surveys/ankieta-mieszkancow/responses`,
          {
            method: "POST",
            headers: {
              "Content-Type": "application/json",
              // The client forges a fresh leftmost entry each time; the proxy appends the real address.
              "X-Forwarded-For": `198.51.100.${i}, 203.0.113.7`,
            },
            body: JSON.stringify({
              id: `6f0c2d4e-8a1b-4c3d-9e5f-0a1b2c3d4e0${i}`,
              partnershipId: "ziemia-wysokomazowiecka",
              surveyId: "ankieta-mieszkancow",
              submittedAt: "2026-11-27T10:00:00Z",
              answers: { gmina: "gmina-sokoly", "ocena-miejsca": 5, problemy: ["transport"] },
            }),
          },
        );
        statuses.push(res.status);
      }
      expect(statuses).toEqual([201, 201, 429, 429]);
    } finally {
      await server.close();
    }
  });
});
