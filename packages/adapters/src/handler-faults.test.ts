// The faults found when the skeleton was attacked, each over the memory store and over SQL (PGlite),
// where PostgreSQL's own limits (JSON text, 32-bit versions) made them 500s.
import { readFileSync } from "node:fs";
import type { Partnership, Store, Survey } from "@cwd/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { logSafe } from "./handler/log.js";
import { forwardedClient } from "./handler/rate-limit.js";
import { createHandler } from "./handler.js";
import { createMemoryStore } from "./memory.js";
import { openPgliteStore } from "./sql.js";

const demo = JSON.parse(
  readFileSync(new URL("../../cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const partnership: Partnership = demo.partnership;
const openSurvey: Survey = demo.surveys[0];
const pid = partnership.id;
const token = "s3cret-admin-token";
const responsesPath = `/partnerships/${pid}/surveys/${openSurvey.id}/responses`;

const response = (answers: Record<string, unknown>, id = "7d0f8a52-2c4b-4c1e-9a59-3f0c2d6e8b11") => ({
  id,
  partnershipId: pid,
  surveyId: openSurvey.id,
  submittedAt: "2026-11-27T12:00:00Z",
  answers,
});

// Written by hand: JSON.stringify would escape a lone surrogate the same way, as `\ud800`.
const loneSurrogateBody = (answersJson: string) =>
  `{"id":"7d0f8a52-2c4b-4c1e-9a59-3f0c2d6e8b11","partnershipId":"${pid}","surveyId":"${openSurvey.id}","submittedAt":"2026-11-27T12:00:00Z","answers":${answersJson}}`;

describe.each([
  ["memory", async () => createMemoryStore()],
  ["SQL on PGlite", () => openPgliteStore()],
])("over the %s store", (_name, open) => {
  let store: Store;
  let handler: ReturnType<typeof createHandler>;
  const call = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
    handler.fetch(
      new Request(`http://cwd.test/api${path}`, {
        method,
        body,
        headers: { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
      }),
    );

  beforeAll(async () => {
    store = await open();
    await store.put("partnerships", partnership);
    await store.put("surveys", openSurvey);
    for (const id of ["a-draft", "z-draft"])
      await store.put("surveys", { ...openSurvey, id, status: "draft" });
    await store.put("surveys", { ...openSurvey, id: "b-closed", status: "closed" });
    handler = createHandler(store, { adminToken: token });
  });
  afterAll(() => store.close());

  it("refuses a lone surrogate in a public response with a 400 naming the answer, and logs no answers", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const res = await call(
        "POST",
        responsesPath,
        loneSurrogateBody('{"gmina":"gmina-klukowo","co-zmienic":"ab\\ud800"}'),
      );
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { issues: { path: string }[] } };
      expect(body.error.issues.map((i) => i.path)).toEqual(["answers.co-zmienic"]);
      const keyed = await call("POST", responsesPath, loneSurrogateBody('{"\\udc00":"x"}'));
      expect(keyed.status).toBe(400);
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });

  it("refuses a lone surrogate in an admin's document", async () => {
    const res = await call(
      "PUT",
      `/partnerships/${pid}`,
      JSON.stringify({ ...partnership, name: { pl: "Ziemia \ud800" } }),
      { Authorization: `Bearer ${token}`, "If-Match": '"1"' },
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe(
      "name.pl",
    );
  });

  it("refuses versions a 32-bit column cannot hold, in If-Match and in the body", async () => {
    const admin = { Authorization: `Bearer ${token}` };
    const put = (version: number | undefined, ifMatch?: string) =>
      call("PUT", `/partnerships/${pid}`, JSON.stringify({ ...partnership, version }), {
        ...admin,
        ...(ifMatch ? { "If-Match": ifMatch } : {}),
      });
    for (const res of [await put(undefined, '"2147483648"'), await put(2 ** 31), await put(2 ** 53)]) {
      expect(res.status).toBe(400);
    }
    expect((await put(2 ** 31 - 1)).status).toBe(409);
  });

  it("answers a 1 MB response with 80,000 unknown answers with a small 400", async () => {
    const answers = Object.fromEntries(Array.from({ length: 80_000 }, (_, i) => [`k${i}`, "x"]));
    const res = await call("POST", responsesPath, JSON.stringify(response(answers)));
    expect(res.status).toBe(400);
    expect((await res.text()).length).toBeLessThan(1000);
    const some = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`k${i}`, "x"]));
    const many = await call(
      "POST",
      responsesPath,
      JSON.stringify(response({ ...some, gmina: "gmina-klukowo" })),
    );
    const issues = ((await many.json()) as { error: { issues: unknown[] } }).error.issues;
    expect(issues.length).toBeLessThanOrEqual(101);
  });

  it("pages public surveys without a cursor that carries a draft's id", async () => {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await call(
        "GET",
        `/partnerships/${pid}/surveys?limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      );
      const page = (await res.json()) as { items: { id: string }[]; nextCursor?: string };
      ids.push(...page.items.map((s) => s.id));
      if (page.nextCursor)
        expect(atob(page.nextCursor.replaceAll("-", "+").replaceAll("_", "/"))).not.toMatch(/draft/);
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids).toEqual(["ankieta-mieszkancow", "b-closed"].sort());
  });

  it("tells caches to keep nothing an admin was shown, and widgets when to retry", async () => {
    const adminRead = await call("GET", `/partnerships/${pid}/surveys`, undefined, {
      Authorization: `Bearer ${token}`,
    });
    expect(adminRead.headers.get("Cache-Control")).toBe("no-store");
    const denied = await call("GET", `/partnerships/${pid}/responses`, undefined, {
      Authorization: "Bearer wrong-token",
    });
    expect(denied.status).toBe(401);
    expect(denied.headers.get("Cache-Control")).toBe("no-store");
    const crossOrigin = await call("GET", `/partnerships/${pid}`, undefined, {
      Origin: "https://gmina.example",
    });
    expect(crossOrigin.headers.get("Access-Control-Expose-Headers")).toMatch(/Retry-After/);
  });
});

describe("a store that is away", () => {
  it("answers 503 with Retry-After and logs one line per failure, never a stack", async () => {
    const { UnavailableError } = await import("@cwd/core");
    const away = {
      ...createMemoryStore(),
      get: () => Promise.reject(new UnavailableError("the database is unavailable (ECONNREFUSED)")),
    } as Store;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const handler = createHandler(away);
      for (let i = 0; i < 3; i++) {
        const res = await handler.fetch(new Request(`http://cwd.test/api/partnerships/${pid}`));
        expect(res.status).toBe(503);
        expect(res.headers.get("Retry-After")).toBe("5");
      }
      expect(log).toHaveBeenCalledTimes(3);
      for (const [line] of log.mock.calls) expect(String(line)).not.toContain("\n");
    } finally {
      log.mockRestore();
    }
  });

  it("logs an unexpected error in one line, without the data the store refused", async () => {
    const pgLike = Object.assign(new Error("invalid input syntax for type json"), {
      code: "22P02",
      detail: 'Token "secret answer" is invalid.',
    });
    const broken = { ...createMemoryStore(), get: () => Promise.reject(pgLike) } as Store;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const res = await createHandler(broken).fetch(
        new Request(`http://cwd.test/api/partnerships/${pid}%0AFAKE`),
      );
      expect(res.status).toBeGreaterThanOrEqual(400);
      const lines = log.mock.calls.map(([line]) => String(line));
      for (const line of lines) {
        expect(line).not.toContain("secret answer");
        expect(line).not.toContain("\n");
      }
    } finally {
      log.mockRestore();
    }
  });
});

describe("forwardedClient", () => {
  it("takes the address the nearest trusted proxy saw, not the one the client wrote", () => {
    expect(forwardedClient("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(forwardedClient("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(forwardedClient("203.0.113.7", 2)).toBeUndefined();
    expect(forwardedClient(null, 1)).toBeUndefined();
    expect(forwardedClient("6.6.6.6", 0)).toBeUndefined();
  });
});

describe("logSafe", () => {
  it("escapes what could forge or break a log line", () => {
    expect(logSafe("GET /api/x\nGET /admin 200\u0000\u2028")).toBe(
      "GET /api/x\\x0aGET /admin 200\\x00\\u2028",
    );
    expect(logSafe("x".repeat(400))).toHaveLength(301);
  });
});

describe("preflights", () => {
  const preflight = (path: string, method: string, headers: string) =>
    createHandler(createMemoryStore()).fetch(
      new Request(`http://cwd.test/api${path}`, {
        method: "OPTIONS",
        headers: {
          Origin: "https://gmina.example",
          "Access-Control-Request-Method": method,
          "Access-Control-Request-Headers": headers,
        },
      }),
    );

  it("lets a moderation widget on another site send its token to a route that takes one", async () => {
    const res = await preflight(
      `/partnerships/${pid}/surveys/${openSurvey.id}`,
      "PUT",
      "authorization, if-match, content-type",
    );
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Methods")?.split(",")).toEqual(
      expect.arrayContaining(["GET", "PUT"]),
    );
    expect(res.headers.get("Access-Control-Allow-Headers")?.toLowerCase()).toContain("authorization");
  });

  it("offers a public route's path only the methods it has", async () => {
    const res = await preflight(responsesPath, "POST", "content-type");
    expect(res.headers.get("Access-Control-Allow-Methods")?.split(",").sort()).toEqual([
      "GET",
      "HEAD",
      "POST",
    ]);
  });
});
