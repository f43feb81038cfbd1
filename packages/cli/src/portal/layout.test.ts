import { createMemoryStore } from "@cwd/adapters/memory";
import { describe, expect, it } from "vitest";
import { readConfig } from "../config.js";
import { seedDemo } from "../seed.js";
import { createApp } from "../server.js";

async function portal() {
  const store = createMemoryStore();
  await seedDemo(store);
  const app = createApp(store, readConfig({ port: "0" }, {}));
  return async (path: string) => (await app.fetch(new Request(`http://localhost${path}`))).text();
}

describe("every page of the demo portal", () => {
  it("has the one menu of every section, marking where the reader is", async () => {
    const get = await portal();
    const pages = {
      "/": "/",
      "/en": "/en",
      "/strategia": "/strategia",
      "/projekty": "/projekty",
      "/plan": "/plan",
    };
    for (const [path, current] of Object.entries(pages)) {
      const page = await get(path);
      const menu = page.slice(page.indexOf("<nav"), page.indexOf("</nav>"));
      for (const href of ['href="/strategia"', 'href="/projekty"', "/plan"])
        expect(menu, path).toContain(href);
      expect(menu, path).toContain(`href="${current}" aria-current="page"`);
      expect(menu.match(/aria-current/g), path).toHaveLength(1);
      expect(page, path).toContain('<a class="skip" href="#main">');
    }
  });

  it("links English readers to pages that exist only in Polish, saying so", async () => {
    const menu = await get("/en/plan");
    expect(menu).toContain('<a href="/strategia" hreflang="pl">Strategy and portrait</a>');
    expect(menu).toContain('<a href="/plan" lang="pl" hreflang="pl">Polski</a>');
  });
});

async function get(path: string) {
  return (await portal())(path);
}
