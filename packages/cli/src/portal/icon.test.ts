import { createMemoryStore } from "@cwd/adapters/memory";
import { describe, expect, it } from "vitest";
import { readConfig } from "../config.js";
import { createApp } from "../server.js";

describe("the portal's icon", () => {
  it("is linked from every page and served as SVG; /favicon.ico leads to it", async () => {
    const app = createApp(createMemoryStore(), readConfig({ port: "0" }, {}));
    const page = await (await app.fetch(new Request("http://localhost/plan"))).text();
    expect(page).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    const icon = await app.fetch(new Request("http://localhost/favicon.svg"));
    expect(icon.status).toBe(200);
    expect(icon.headers.get("Content-Type")).toBe("image/svg+xml");
    expect(await icon.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const ico = await app.fetch(new Request("http://localhost/favicon.ico"));
    expect([ico.status, ico.headers.get("Location")]).toEqual([301, "/favicon.svg"]);
  });
});
