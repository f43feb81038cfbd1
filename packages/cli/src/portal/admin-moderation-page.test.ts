import { createMemoryStore } from "@cwd/adapters/memory";
import { describe, expect, it } from "vitest";
import { readConfig } from "../config.js";
import { createApp } from "../server.js";

describe("/admin/moderacja", () => {
  it("serves cwd-moderation for the open consultation, unindexed and out of the public menu", async () => {
    const app = createApp(createMemoryStore(), readConfig({}, {}));
    const res = await app.fetch(new Request("http://cwd.test/admin/moderacja"));
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Robots-Tag")).toBe("noindex, nofollow");
    expect(res.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
    const page = await res.text();
    expect(page).toContain(
      '<cwd-moderation api="/api" partnership="ziemia-wysokomazowiecka" consultation="konsultacje-projektu-diagnozy" lang="pl">',
    );
    expect(page).toContain("cwd token create");
    const menu = await (await app.fetch(new Request("http://cwd.test/konsultacje"))).text();
    expect(menu).not.toContain("/admin/moderacja");
  });
});
