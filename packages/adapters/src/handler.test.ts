import { readFileSync } from "node:fs";
import { kinds, type Partnership, type Store, type Survey, type SurveyResponse } from "@cwd/core";
import * as fc from "fast-check";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createHandler } from "./handler.js";
import { createMemoryStore } from "./memory.js";
import { openPgliteStore } from "./sql.js";

// The real partnership and survey of the demo document (Partnerstwo Ziemia Wysokomazowiecka).
const demo = JSON.parse(
  readFileSync(new URL("../../cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const partnership: Partnership = demo.partnership;
const openSurvey: Survey = demo.surveys[0];
const draftSurvey: Survey = { ...openSurvey, id: "ankieta-robocza", status: "draft" };
const pid = partnership.id;
const base = "http://cwd.test/api";
const token = "s3cret-admin-token";
const admin = { Authorization: `Bearer ${token}` };

function response(overrides: Partial<SurveyResponse> = {}): SurveyResponse {
  return {
    id: "7d0f8a52-2c4b-4c1e-9a59-3f0c2d6e8b11",
    partnershipId: pid,
    surveyId: openSurvey.id,
    submittedAt: "2026-11-27T12:00:00Z",
    answers: { gmina: "gmina-wysokie-mazowieckie", "ocena-miejsca": 4, problemy: ["transport"] },
    ...overrides,
  };
}

let store: Store;
let handler: ReturnType<typeof createHandler>;

beforeEach(async () => {
  store = createMemoryStore();
  await store.put("partnerships", partnership);
  await store.put("surveys", openSurvey);
  await store.put("surveys", draftSurvey);
  handler = createHandler(store, { adminToken: token });
});

function call(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) {
  const hasBody = init.body !== undefined;
  return handler.fetch(
    new Request(`${base}${path}`, {
      method,
      headers: { ...(hasBody ? { "Content-Type": "application/json" } : {}), ...init.headers },
      body: hasBody ? (typeof init.body === "string" ? init.body : JSON.stringify(init.body)) : undefined,
    }),
  );
}

async function json(res: Response) {
  expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
  return res.json();
}

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = await json(res);
  expect(body.error).toMatchObject({ code, message: expect.any(String) });
  return body.error as { code: string; message: string; issues?: { path: string; message: string }[] };
}

describe("reads", () => {
  it("answers the health check", async () => {
    const res = await call("GET", "/health");
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ ok: true });
  });

  it("lists partnerships in pages", async () => {
    await store.put("partnerships", { ...partnership, id: "zzz-druga" });
    const first = await json(await call("GET", "/partnerships?limit=1"));
    expect(first.items.map((p: Partnership) => p.id)).toEqual([pid]);
    const second = await json(await call("GET", `/partnerships?limit=1&cursor=${first.nextCursor}`));
    expect(second).toEqual({ items: [expect.objectContaining({ id: "zzz-druga" })] });
  });

  it("gives one partnership with its members and its version as ETag", async () => {
    const res = await call("GET", `/partnerships/${pid}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).toBe('"1"');
    const body = await json(res);
    expect(body.members).toHaveLength(11);
    expect(body.version).toBe(1);
  });

  it("gives a survey with its ETag", async () => {
    const res = await call("GET", `/partnerships/${pid}/surveys/${openSurvey.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).toBe('"1"');
    expect(await json(res)).toMatchObject({ id: openSurvey.id, status: "open" });
    // Admins see drafts here, so caches must key on the Authorization header.
    expect(res.headers.get("Vary")).toContain("Authorization");
  });

  it("answers 404 for unknown ids and unknown routes", async () => {
    await expectError(await call("GET", "/partnerships/nie-ma"), 404, "not_found");
    await expectError(await call("GET", `/partnerships/${pid}/surveys/nie-ma`), 404, "not_found");
    await expectError(await call("GET", "/nothing-here"), 404, "not_found");
    await expectError(await call("DELETE", `/partnerships/${pid}`), 404, "not_found");
    const outside = await handler.fetch(new Request("http://cwd.test/elsewhere"));
    await expectError(outside, 404, "not_found");
  });

  it("filters surveys by audience and status", async () => {
    await store.put("surveys", { ...openSurvey, id: "ankieta-uczniow", audience: "pupils" });
    const pupils = await json(await call("GET", `/partnerships/${pid}/surveys?audience=pupils`));
    expect(pupils.items.map((s: Survey) => s.id)).toEqual(["ankieta-uczniow"]);
    const open = await json(
      await call("GET", `/partnerships/${pid}/surveys?status=open`, { headers: admin }),
    );
    expect(open.items.map((s: Survey) => s.id)).toEqual(["ankieta-mieszkancow", "ankieta-uczniow"]);
  });

  it("names a list parameter it does not know, rather than ignoring a misspelt filter", async () => {
    const res = await call("GET", `/partnerships/${pid}/surveys?audiance=pupils&limit=5`);
    expect((await expectError(res, 400, "invalid")).issues).toEqual([
      { path: "audiance", message: "is not a known field" },
    ]);
  });
});

describe("drafts", () => {
  it("hides a draft survey from the public and shows it to the admin", async () => {
    await expectError(await call("GET", `/partnerships/${pid}/surveys/${draftSurvey.id}`), 404, "not_found");
    const asAdmin = await call("GET", `/partnerships/${pid}/surveys/${draftSurvey.id}`, { headers: admin });
    expect(asAdmin.status).toBe(200);
  });

  it("leaves drafts out of the public list, even when asked for by status", async () => {
    const ids = async (query: string, headers?: Record<string, string>) =>
      (await json(await call("GET", `/partnerships/${pid}/surveys${query}`, { headers }))).items.map(
        (s: Survey) => s.id,
      );
    expect(await ids("")).toEqual([openSurvey.id]);
    expect(await ids("?status=draft")).toEqual([]);
    expect(await ids("", admin)).toEqual([openSurvey.id, draftSurvey.id].sort());
  });

  it("pages through the public list without skipping or repeating a published survey", async () => {
    const ids = ["a-1", "a-2", "a-3", "b-1", "b-2", "c-1"];
    for (const [i, id] of ids.entries()) {
      await store.put("surveys", { ...openSurvey, id, status: i % 2 === 0 ? "draft" : "closed" });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const page = await json(await call("GET", `/partnerships/${pid}/surveys${query}`));
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((s: Survey) => s.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["a-2", "ankieta-mieszkancow", "b-1", "c-1"]);
  });

  it("does not take public responses to a draft, and says it does not exist", async () => {
    const body = response({ surveyId: draftSurvey.id });
    await expectError(
      await call("POST", `/partnerships/${pid}/surveys/${draftSurvey.id}/responses`, { body }),
      404,
      "not_found",
    );
  });
});

describe("auth", () => {
  const writes: [string, string, unknown][] = [
    ["PUT", `/partnerships/${pid}`, partnership],
    ["PUT", `/partnerships/${pid}/surveys/${openSurvey.id}`, openSurvey],
    ["GET", `/partnerships/${pid}/surveys/${openSurvey.id}/responses`, undefined],
    ["GET", `/partnerships/${pid}/responses`, undefined],
  ];

  it.each(writes)("%s %s answers 401 without a token", async (method, path, body) => {
    const res = await call(method, path, { body });
    await expectError(res, 401, "unauthorized");
    expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
  });

  it.each(writes)("%s %s answers 401 with a wrong token", async (method, path, body) => {
    await expectError(
      await call(method, path, { body, headers: { Authorization: "Bearer wrong" } }),
      401,
      "unauthorized",
    );
    await expectError(
      await call(method, path, { body, headers: { Authorization: token } }),
      401,
      "unauthorized",
    );
  });

  it.each(writes)("%s %s answers 401 to anyone when no token is configured", async (method, path, body) => {
    for (const options of [{}, { adminToken: "" }]) {
      handler = createHandler(store, options);
      await expectError(await call(method, path, { body }), 401, "unauthorized");
      await expectError(await call(method, path, { body, headers: admin }), 401, "unauthorized");
      await expectError(
        await call(method, path, { body, headers: { Authorization: "Bearer " } }),
        401,
        "unauthorized",
      );
    }
  });

  it("answers 401 to a read that presents a wrong token, instead of quietly hiding drafts", async () => {
    await expectError(
      await call("GET", "/partnerships", { headers: { Authorization: "Bearer x" } }),
      401,
      "unauthorized",
    );
  });

  it("checks the token before reading the body", async () => {
    await expectError(await call("PUT", `/partnerships/${pid}`, { body: "{not json" }), 401, "unauthorized");
  });
});

describe("writes", () => {
  it("creates a partnership (201), updates it over If-Match (200) and refuses a stale write (409)", async () => {
    const other = { ...partnership, id: "nowe-partnerstwo" };
    const created = await call("PUT", "/partnerships/nowe-partnerstwo", { body: other, headers: admin });
    expect(created.status).toBe(201);
    expect(created.headers.get("ETag")).toBe('"1"');

    const renamed = { ...other, name: { pl: "Nowa nazwa" } };
    const updated = await call("PUT", "/partnerships/nowe-partnerstwo", {
      body: renamed,
      headers: { ...admin, "If-Match": '"1"' },
    });
    expect(updated.status).toBe(200);
    expect(await json(updated)).toMatchObject({ version: 2, name: { pl: "Nowa nazwa" } });

    const stale = await call("PUT", "/partnerships/nowe-partnerstwo", {
      body: renamed,
      headers: { ...admin, "If-Match": '"1"' },
    });
    const error = await expectError(stale, 409, "conflict");
    expect(error).toMatchObject({ currentVersion: 2 });
  });

  it("takes the version read from the body when there is no If-Match", async () => {
    const res = await call("PUT", `/partnerships/${pid}`, {
      body: { ...partnership, version: 1 },
      headers: admin,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).toBe('"2"');
    const missing = await call("PUT", `/partnerships/${pid}`, { body: partnership, headers: admin });
    expect(await expectError(missing, 409, "conflict")).toMatchObject({ currentVersion: 2 });
  });

  it("names If-Match or version when they are unusable or disagree", async () => {
    const put = (headers: Record<string, string>, version?: number) =>
      call("PUT", `/partnerships/${pid}`, {
        body: { ...partnership, version },
        headers: { ...admin, ...headers },
      });
    expect((await expectError(await put({ "If-Match": "*" }), 400, "invalid")).issues).toEqual([
      { path: "If-Match", message: expect.any(String) },
    ]);
    expect((await expectError(await put({ "If-Match": '"1"' }, 2), 400, "invalid")).issues).toEqual([
      { path: "version", message: "is 2 but If-Match says 1" },
    ]);
  });

  it("creates and updates a survey", async () => {
    const path = `/partnerships/${pid}/surveys/ankieta-liderow`;
    const survey = { ...openSurvey, id: "ankieta-liderow", audience: "leaders" };
    expect((await call("PUT", path, { body: survey, headers: admin })).status).toBe(201);
    const res = await call("PUT", path, {
      body: { ...survey, status: "closed" },
      headers: { ...admin, "If-Match": '"1"' },
    });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ version: 2, status: "closed" });
  });

  it("answers 404 for a survey of a partnership that does not exist", async () => {
    const survey = { ...openSurvey, partnershipId: "nie-ma" };
    const res = await call("PUT", `/partnerships/nie-ma/surveys/${survey.id}`, {
      body: survey,
      headers: admin,
    });
    await expectError(res, 404, "not_found");
  });
});

describe("responses", () => {
  const path = `/partnerships/${pid}/surveys/${openSurvey.id}/responses`;

  it("limits public submissions per client when asked to, never the admin's", async () => {
    let client = "192.0.2.1";
    handler = createHandler(store, {
      adminToken: token,
      publicWriteLimit: { perMinute: 2, clientAddress: () => client },
    });
    const ids = ["01", "02", "03", "04", "05"].map((n) => `7d0f8a52-2c4b-4c1e-9a59-3f0c2d6e8b${n}`);
    expect((await call("POST", path, { body: response({ id: ids[0] }) })).status).toBe(201);
    expect((await call("POST", path, { body: response({ id: ids[1] }) })).status).toBe(201);
    const third = await call("POST", path, { body: response({ id: ids[2] }) });
    await expectError(third, 429, "rate_limited");
    expect(Number(third.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await call("POST", path, { body: response({ id: ids[3] }), headers: admin })).status).toBe(201);
    client = "192.0.2.2";
    expect((await call("POST", path, { body: response({ id: ids[4] }) })).status).toBe(201);
    const stored = await json(await call("GET", path, { headers: admin }));
    expect(stored.items.map((r: SurveyResponse) => r.id).sort()).toEqual([ids[0], ids[1], ids[3], ids[4]]);
  });

  it("stores a response once: 201, then 200 for the retry", async () => {
    const first = await call("POST", path, { body: response() });
    expect(first.status).toBe(201);
    expect(await json(first)).toEqual(response());
    const retry = await call("POST", path, { body: response() });
    expect(retry.status).toBe(200);
    const listed = await json(await call("GET", path, { headers: admin }));
    expect(listed.items).toEqual([response()]);
  });

  it("refuses the same id with other content (409)", async () => {
    await call("POST", path, { body: response() });
    const other = response({ answers: { ...response().answers, "ocena-miejsca": 2 } });
    await expectError(await call("POST", path, { body: other }), 409, "conflict");
  });

  it("names the body field that disagrees with the path", async () => {
    const elsewhere = `/partnerships/inne/surveys/${openSurvey.id}/responses`;
    expect(
      (await expectError(await call("POST", elsewhere, { body: response() }), 400, "invalid")).issues,
    ).toEqual([{ path: "partnershipId", message: `is ${pid} but the path says inne` }]);
    const otherSurvey = `/partnerships/${pid}/surveys/inna/responses`;
    expect(
      (await expectError(await call("POST", otherSurvey, { body: response() }), 400, "invalid")).issues,
    ).toEqual([{ path: "surveyId", message: `is ${openSurvey.id} but the path says inna` }]);
  });

  it("names the answers that do not fit the survey", async () => {
    const body = response({ answers: { gmina: "atlantyda", problemy: ["transport"] } });
    const error = await expectError(await call("POST", path, { body }), 400, "invalid");
    expect(error.issues).toEqual([
      { path: "answers.gmina", message: "atlantyda is not one of the options" },
      { path: "answers.ocena-miejsca", message: "is required" },
    ]);
  });

  it("answers 403 for a closed survey", async () => {
    await store.put("surveys", { ...openSurvey, status: "closed", version: 1 });
    await expectError(await call("POST", path, { body: response() }), 403, "forbidden");
  });

  it("lists all responses of a partnership, or of one survey, for the admin", async () => {
    await call("POST", path, { body: response() });
    const all = await json(await call("GET", `/partnerships/${pid}/responses`, { headers: admin }));
    expect(all.items).toHaveLength(1);
    const none = await json(
      await call("GET", `/partnerships/${pid}/responses?surveyId=inna`, { headers: admin }),
    );
    expect(none.items).toEqual([]);
  });
});

describe("invalid input", () => {
  it("names each field of an invalid partnership", async () => {
    const put = (body: unknown) =>
      call("PUT", `/partnerships/${pid}`, { body, headers: { ...admin, "If-Match": '"1"' } });
    const unnamed = { ...partnership, name: { en: "x" }, voivodeship: { name: "podlaskie", terc: "2" } };
    expect((await expectError(await put(unnamed), 400, "invalid")).issues).toEqual([
      { path: "name.pl", message: "is required" },
      { path: "voivodeship.terc", message: "must be the 2-digit voivodeship TERC code" },
    ]);
    const members = structuredClone(partnership.members);
    (members[0] as { terc: string }).terc = "1413";
    expect((await expectError(await put({ ...partnership, members }), 400, "invalid")).issues).toEqual([
      { path: "members.0.terc", message: "TERC 1413 is not in voivodeship 20" },
    ]);
    const notAnObject = await expectError(await put([1, 2]), 400, "invalid");
    expect(notAnObject.issues).toEqual([{ path: "", message: "must be an object" }]);
  });

  it("names each field of an invalid survey, and a path that disagrees with the body", async () => {
    const body = { ...openSurvey, audience: "tourists", sections: [] };
    const path = `/partnerships/${pid}/surveys/${openSurvey.id}`;
    const error = await expectError(await call("PUT", path, { body, headers: admin }), 400, "invalid");
    expect(error.issues).toEqual([
      { path: "audience", message: 'must be one of: "residents", "pupils", "leaders"' },
      { path: "sections", message: "a survey has at least one section" },
    ]);
    const moved = await call("PUT", `/partnerships/${pid}/surveys/inna`, {
      body: openSurvey,
      headers: admin,
    });
    expect((await expectError(moved, 400, "invalid")).issues?.[0]?.path).toBe("id");
  });

  it("names each field of an invalid response", async () => {
    const body = { ...response(), id: "not-a-uuid", submittedAt: "yesterday" };
    const path = `/partnerships/${pid}/surveys/${openSurvey.id}/responses`;
    const error = await expectError(await call("POST", path, { body }), 400, "invalid");
    expect(error.issues?.map((issue) => issue.path)).toEqual(["id", "submittedAt"]);
  });

  it.each([
    ["limit=abc", "limit"],
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=2.5", "limit"],
    ["limit=1&limit=2", "limit"],
    ["cursor=forged", "cursor"],
    ["audience=tourists", "audience"],
    ["status=deleted", "status"],
  ])("names the query parameter in %s", async (query, field) => {
    const error = await expectError(
      await call("GET", `/partnerships/${pid}/surveys?${query}`),
      400,
      "invalid",
    );
    expect(error.issues?.map((issue) => issue.path)).toEqual([field]);
  });

  it("answers 400 invalid_json for a body that is not JSON", async () => {
    for (const body of ["{not json", ""]) {
      await expectError(
        await call("PUT", `/partnerships/${pid}`, { body, headers: admin }),
        400,
        "invalid_json",
      );
    }
  });

  it("answers 415 for a body that is not sent as JSON", async () => {
    const path = `/partnerships/${pid}/surveys/${openSurvey.id}/responses`;
    const asText = await handler.fetch(
      new Request(`${base}${path}`, {
        method: "POST",
        body: JSON.stringify(response()),
        headers: { "Content-Type": "text/plain" },
      }),
    );
    await expectError(asText, 415, "unsupported_media_type");
    const withoutType = await handler.fetch(
      new Request(`${base}/partnerships/${pid}`, {
        method: "PUT",
        body: new Uint8Array([123, 125]),
        headers: admin,
      }),
    );
    await expectError(withoutType, 415, "unsupported_media_type");
  });

  it("answers 413 for a body over 1 MB, by Content-Length and by the bytes read", async () => {
    const path = `/partnerships/${pid}/surveys/${openSurvey.id}/responses`;
    const big = JSON.stringify({ ...response(), padding: "x".repeat(1024 * 1024) });
    await expectError(await call("POST", path, { body: big }), 413, "too_large");

    // A stream has no Content-Length: only counting the bytes can catch it.
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 20) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = new Request(`${base}${path}`, {
      method: "POST",
      body: stream,
      headers: { "Content-Type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(streamed.headers.get("Content-Length")).toBeNull();
    await expectError(await handler.fetch(streamed), 413, "too_large");
  });
});

describe("CORS", () => {
  it("lets any origin read and submit, with the preflight", async () => {
    const preflight = await handler.fetch(
      new Request(`${base}/partnerships/${pid}/surveys/${openSurvey.id}/responses`, {
        method: "OPTIONS",
        headers: {
          Origin: "https://gmina.example",
          "Access-Control-Request-Method": "POST",
          "Access-Control-Request-Headers": "content-type",
        },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(preflight.headers.get("Access-Control-Allow-Methods")).toContain("POST");
    expect(preflight.headers.get("Access-Control-Allow-Headers")?.toLowerCase()).toContain("content-type");
    expect(preflight.headers.get("Access-Control-Allow-Methods")).not.toContain("PUT");

    const read = await call("GET", `/partnerships/${pid}`, { headers: { Origin: "https://gmina.example" } });
    expect(read.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(read.headers.get("Access-Control-Expose-Headers")).toContain("ETag");
    const missing = await call("GET", "/partnerships/nie-ma", {
      headers: { Origin: "https://gmina.example" },
    });
    expect(missing.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });
});

describe("OpenAPI document", () => {
  it("lists every route with its schemas and the error shape", async () => {
    const res = await call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    const doc = JSON.parse(await res.text());
    expect(doc.openapi).toMatch(/^3\.1/);
    const today = [
      "/api/health",
      "/api/partnerships",
      "/api/partnerships/{pid}",
      "/api/partnerships/{pid}/consultations/{cid}/comments",
      "/api/partnerships/{pid}/consultations/{cid}/comments/{commentId}/answer",
      "/api/partnerships/{pid}/consultations/{cid}/comments/{commentId}/hide",
      "/api/partnerships/{pid}/consultations/{cid}/comments/{commentId}/publish",
      "/api/partnerships/{pid}/consultations/{cid}/comments/{commentId}/reports",
      "/api/partnerships/{pid}/consultations/{cid}/comments/{commentId}/restore",
      "/api/partnerships/{pid}/consultations/{cid}/feed.atom",
      "/api/partnerships/{pid}/consultations/{cid}/queue",
      "/api/partnerships/{pid}/consultations/{cid}/report",
      "/api/partnerships/{pid}/consultations/{cid}/thread",
      "/api/partnerships/{pid}/responses",
      "/api/partnerships/{pid}/surveys",
      "/api/partnerships/{pid}/surveys/{sid}",
      "/api/partnerships/{pid}/surveys/{sid}/responses",
    ];
    // Today's paths stay; every other path is a kind's, derived from the registry of kinds.
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(today));
    const segments = Object.keys(kinds).map((name) => `/${name}`);
    for (const path of Object.keys(doc.paths).filter((p) => !today.includes(p))) {
      expect(
        segments.some((segment) => path.includes(segment)),
        path,
      ).toBe(true);
    }
    const put = doc.paths["/api/partnerships/{pid}"].put;
    expect(put.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/Partnership",
    });
    expect(put.responses["409"]).toEqual({ $ref: "#/components/responses/Error409" });
    expect(put.security).toEqual([{ admin: [] }]);
    const listQuery = doc.paths["/api/partnerships/{pid}/surveys"].get.parameters;
    expect(listQuery).toContainEqual(expect.objectContaining({ in: "query", name: "limit" }));
    expect(listQuery).toContainEqual(expect.objectContaining({ in: "path", name: "pid", required: true }));
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["Partnership", "Survey", "SurveyResponse", "Error", "DocumentId"]),
    );
    expect(doc.components.schemas.Error.properties.error.properties.issues).toBeDefined();
    // Every $ref points at something the document defines.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1] as string);
    for (const ref of new Set(refs)) {
      const target = ref.split("/").reduce((node, key) => node?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });
});

describe("robustness", () => {
  it("turns a real bug in the store into a logged 500 with the error shape", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = { ...createMemoryStore(), get: () => Promise.reject(new TypeError("boom")) } as Store;
    handler = createHandler(broken, { adminToken: token });
    await expectError(await call("GET", `/partnerships/${pid}`), 500, "internal");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  const segment = fc.oneof(
    fc.constantFrom(
      "api",
      "partnerships",
      pid,
      "surveys",
      openSurvey.id,
      draftSurvey.id,
      "responses",
      "health",
    ),
    fc.string().map(encodeURIComponent),
    fc.webSegment(),
    // Broken escapes and dot segments, sent as they are.
    fc.constantFrom("%", "%ZZ", "%E0%A4%A", "%00", "..", "%2e%2e", "%2F"),
  );
  const path = fc.array(segment, { maxLength: 7 }).map((parts) => `/${parts.join("/")}`);
  const query = fc.oneof(
    fc.webQueryParameters(),
    fc
      .array(
        fc.tuple(
          fc.constantFrom("limit", "cursor", "audience", "status", "surveyId", "%", "a%ZZ"),
          fc.string(),
        ),
      )
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v.replace(/[#\s]/g, "")}`).join("&")),
  );
  const method = fc.constantFrom("GET", "HEAD", "PUT", "POST", "DELETE", "PATCH", "OPTIONS");
  const body = fc.oneof(
    fc.json(),
    fc.jsonValue().map((value) => JSON.stringify({ ...response(), extra: value })),
    fc.jsonValue().map((value) => JSON.stringify({ ...partnership, members: value })),
    fc
      .record({ answers: fc.dictionary(fc.string(), fc.jsonValue()) })
      .map((r) => JSON.stringify({ ...response(), ...r })),
    // Lone surrogates (JSON.stringify writes them as \ud800 escapes) in answers, keys and names.
    fc
      .record({ answers: fc.dictionary(fc.string({ unit: "binary" }), fc.string({ unit: "binary" })) })
      .map((r) => JSON.stringify({ ...response(), ...r })),
    fc
      .string({ unit: "binary", minLength: 1 })
      .map((name) => JSON.stringify({ ...partnership, name: { pl: name } })),
    // Versions a 32-bit column cannot hold.
    fc
      .integer({ min: 2 ** 31 - 2, max: Number.MAX_SAFE_INTEGER })
      .map((version) => JSON.stringify({ ...partnership, version })),
    fc.string(),
  );
  const headers = fc.record(
    {
      Authorization: fc.oneof(
        fc.constant(`Bearer ${token}`),
        fc.string().map((s) => `Bearer ${s}`),
      ),
      "Content-Type": fc.constantFrom("application/json", "text/plain", "application/merge-patch+json"),
      "If-Match": fc.oneof(
        fc.string(),
        fc.nat().map((n) => `"${n}"`),
        fc.integer({ min: 2 ** 31 - 2, max: Number.MAX_SAFE_INTEGER }).map((n) => `"${n}"`),
      ),
    },
    { requiredKeys: [] },
  );

  /** The property both stores must hold: no request, however odd, gets a 5xx. */
  async function neverAServerError(target: ReturnType<typeof createHandler>, numRuns: number): Promise<void> {
    const realRoute = fc.constantFrom(
      "/api/partnerships",
      `/api/partnerships/${pid}`,
      `/api/partnerships/${pid}/surveys`,
      `/api/partnerships/${pid}/surveys/${openSurvey.id}`,
      `/api/partnerships/${pid}/surveys/${openSurvey.id}/responses`,
      `/api/partnerships/${pid}/responses`,
      // Ids no document can have, in every place a route takes one.
      "/api/partnerships/%00",
      "/api/partnerships/%00/surveys",
      `/api/partnerships/${pid}/surveys/%00`,
      `/api/partnerships/${pid}/surveys/Ankieta/responses`,
      `/api/partnerships/${pid}/responses?surveyId=%00`,
    );
    const prefixed = path.map((p) => (p.startsWith("/api/") ? p : `/api/partnerships${p}`));
    await fc.assert(
      fc.asyncProperty(
        method,
        fc.oneof(path, prefixed, realRoute),
        query,
        headers,
        body,
        async (m, p, q, h, b) => {
          const url = `http://cwd.test${p}${q ? `?${q}` : ""}`;
          const withBody = m !== "GET" && m !== "HEAD";
          const safeHeaders = Object.fromEntries(
            Object.entries(h).filter(([, v]) => /^[\t\x20-\x7e]*$/.test(v)),
          );
          const res = await target.fetch(
            new Request(url, { method: m, headers: safeHeaders, body: withBody ? b : undefined }),
          );
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns },
    );
  }

  it("never answers 5xx, whatever the method, path, query, headers and body", async () => {
    await neverAServerError(handler, 400);
  });

  // PostgreSQL refuses text that memory keeps (a NUL), so the property must hold over SQL too.
  it("never answers 5xx over the SQL store either", { timeout: 120_000 }, async () => {
    const sqlStore = await openPgliteStore();
    try {
      await sqlStore.put("partnerships", partnership);
      await sqlStore.put("surveys", openSurvey);
      await sqlStore.put("surveys", draftSurvey);
      await neverAServerError(createHandler(sqlStore, { adminToken: token }), 300);
    } finally {
      await sqlStore.close();
    }
  });

  it("never answers 5xx to a random response body on the real route", async () => {
    const route = `${base}/partnerships/${pid}/surveys/${openSurvey.id}/responses`;
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await handler.fetch(
          new Request(route, { method: "POST", body: b, headers: { "Content-Type": "application/json" } }),
        );
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
});
