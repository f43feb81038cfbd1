import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createMemoryStore } from "@cwd/adapters/memory";
import { describe, expect, it } from "vitest";
import { createApp } from "./server.js";

const app = createApp(createMemoryStore(), {
  adminToken: undefined,
  publicWritesPerMinute: 0,
  trustedProxies: 0,
});
const get = (path: string, headers: Record<string, string> = {}) =>
  Promise.resolve(app.fetch(new Request(`http://cwd.test${path}`, { headers })));

// The shared chunks are named by content hash: find one in the build rather than guessing its name.
const folder = dirname(createRequire(import.meta.url).resolve("@cwd/widgets/cwd-loader.js"));
const chunk = readdirSync(`${folder}/chunks`).find((name) => name.endsWith(".js"));

describe("cwd serve /widgets/ (needs npm run build)", () => {
  it("serves the loader to any origin, briefly cached, with a strong ETag answered by 304", async () => {
    const res = await get("/widgets/cwd-loader.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    const tag = res.headers.get("etag");
    expect(tag).toMatch(/^"[0-9a-f]+"$/);
    expect(await res.text()).toContain("import.meta.url");

    const again = await get("/widgets/cwd-loader.js", { "If-None-Match": tag! });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(tag);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    expect(await again.text()).toBe("");
  });

  it("serves hashed chunks as immutable", async () => {
    expect(chunk).toBeDefined();
    const res = await get(`/widgets/chunks/${chunk}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("sends brotli or gzip when the client accepts it, each with its own ETag", async () => {
    const plain = await get("/widgets/cwd-widgets.js");
    const text = await plain.text();
    expect(text).toContain("cwd-survey");
    const br = await get("/widgets/cwd-widgets.js", { "Accept-Encoding": "gzip, deflate, br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toContain("Accept-Encoding");
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(text);
    const gz = await get("/widgets/cwd-widgets.js", { "Accept-Encoding": "gzip" });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(text);
    expect(new Set([plain, br, gz].map((r) => r.headers.get("etag"))).size).toBe(3);
  });

  it("answers 404 for a file that is not there, and never leaves the folder", async () => {
    expect((await get("/widgets/cwd-nie-ma.js")).status).toBe(404);
    expect((await get("/widgets/../package.json")).status).toBe(404);
    expect((await get("/widgets/%2e%2e/package.json")).status).toBe(404);
  });
});
