import { readFileSync } from "node:fs";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type Partnership,
  type Survey,
  ValidationError,
} from "@cwd/core";
import { describe, expect, it } from "vitest";
import { createHandler } from "./handler.js";
import { createHttpStore } from "./http.js";
import { createMemoryStore } from "./memory.js";
import { describeStoreContract } from "./testing.js";

const baseUrl = "http://cwd.test/api";
const demo = JSON.parse(
  readFileSync(new URL("../../cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const partnership: Partnership = demo.partnership;
const partnershipId = partnership.id;
const survey = (overrides: Partial<Survey>): Survey => ({ ...demo.surveys[0], ...overrides });

/** An HTTP store talking to a handler over a fresh memory store, with no network in between. */
function httpOverMemory(token: string | undefined = "t") {
  const memory = createMemoryStore();
  const handler = createHandler(memory, { adminToken: "t" });
  const store = createHttpStore({
    baseUrl,
    token,
    fetch: (input, init) => handler.fetch(new Request(input, init)),
  });
  return { memory, store };
}

describeStoreContract("http over memory", () => httpOverMemory().store);

describe("createHttpStore", () => {
  /** A client whose requests are recorded before the handler answers them. */
  function recorded(baseUrl = "http://cwd.test/api/") {
    const memory = createMemoryStore();
    const handler = createHandler(memory, { adminToken: "t" });
    const requests: Request[] = [];
    const store = createHttpStore({
      baseUrl,
      token: "t",
      fetch: async (input, init) => {
        const request = new Request(input, init);
        requests.push(request.clone());
        return handler.fetch(request);
      },
    });
    return { store, requests, memory };
  }

  it("sends the version read as If-Match and the token as a bearer", async () => {
    const { store, requests } = recorded();
    await store.put("partnerships", partnership);
    await store.put("partnerships", { ...partnership, version: 1 });
    expect(requests.map((r) => [r.method, r.url, r.headers.get("If-Match")])).toEqual([
      ["PUT", `${baseUrl}/partnerships/${partnership.id}`, null],
      ["PUT", `${baseUrl}/partnerships/${partnership.id}`, '"1"'],
    ]);
    expect(requests[0]?.headers.get("Authorization")).toBe("Bearer t");
  });

  it("encodes ids in the path, so an odd id cannot reach another route", async () => {
    const { store, requests } = recorded();
    await expect(store.get("surveys", { partnershipId: "a/b", id: "x?y=1" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(store.get("partnerships", { partnershipId: "..", id: ".." })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual([
      "/api/partnerships/a%2Fb/surveys/x%3Fy%3D1",
      "/api/partnerships/_",
    ]);
  });

  it("gives back ValidationError with the server's issues and ConflictError with the current version", async () => {
    const { store } = recorded();
    const invalid = store.put("partnerships", { ...partnership, name: { pl: "" } });
    await expect(invalid).rejects.toBeInstanceOf(ValidationError);
    await expect(invalid).rejects.toMatchObject({
      issues: [{ path: "name.pl", message: "Polish text is required" }],
    });
    await store.put("partnerships", partnership);
    await store.put("partnerships", { ...partnership, version: 1 });
    const stale = store.put("partnerships", { ...partnership, version: 1 });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ currentVersion: 2 });
  });

  it("shows the public only published surveys, and answers 401 as ForbiddenError", async () => {
    const { store: admin, memory } = httpOverMemory();
    const handler = createHandler(memory, { adminToken: "t" });
    const visitor = createHttpStore({
      baseUrl,
      fetch: (input, init) => handler.fetch(new Request(input, init)),
    });
    await admin.put("partnerships", partnership);
    await admin.put("surveys", survey({ id: "robocza", status: "draft" }));
    await expect(visitor.get("surveys", { partnershipId, id: "robocza" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await visitor.list("surveys", { partnershipId })).toEqual({ items: [] });
    await expect(visitor.put("partnerships", partnership)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(visitor.listSubmissions("responses", { partnershipId })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("says so when the server cannot be reached", async () => {
    const store = createHttpStore({
      baseUrl,
      fetch: () => Promise.reject(new TypeError("fetch failed")),
    });
    await expect(store.list("partnerships")).rejects.toThrow(
      "cannot reach the CWD API at http://cwd.test/api: fetch failed",
    );
  });

  it("gives up on a server that does not answer, so the widget can offer a retry", async () => {
    // A fetch that hangs until its signal says stop, as a real one does on a dead connection.
    const hanging = (_url: string, init: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    const store = createHttpStore({ baseUrl, fetch: hanging, timeoutMs: 50 });
    await expect(store.list("partnerships")).rejects.toThrow(
      "cannot reach the CWD API at http://cwd.test/api: no answer within 0.05 s",
    );
  });

  it("says so when the answer is not JSON, such as a proxy's error page", async () => {
    const store = createHttpStore({
      baseUrl,
      fetch: async () =>
        new Response("<h1>Bad gateway</h1>", { status: 502, headers: { "Content-Type": "text/html" } }),
    });
    await expect(store.list("partnerships")).rejects.toThrow(
      "GET http://cwd.test/api/partnerships answered 502 with text/html, not JSON from the CWD API",
    );
  });

  it("reports a server error as a plain Error with the server's message", async () => {
    const store = createHttpStore({
      baseUrl,
      fetch: async () => Response.json({ error: { code: "internal", message: "oops" } }, { status: 500 }),
    });
    const error = await store.list("partnerships").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toHaveProperty("code");
    expect((error as Error).message).toBe("the CWD API answered 500: oops");
  });

  it("refuses to work once closed", async () => {
    const { store } = recorded();
    await store.close();
    await expect(store.list("partnerships")).rejects.toThrow("closed");
  });
});
