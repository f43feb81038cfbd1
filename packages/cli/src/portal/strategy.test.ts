import { createMemoryStore } from "@cwd/adapters/memory";
import { describe, expect, it } from "vitest";
import { readConfig } from "../config.js";
import { seedDemo } from "../seed.js";
import { createApp } from "../server.js";

async function portal() {
  const store = createMemoryStore();
  await seedDemo(store);
  const app = createApp(store, readConfig({ port: "0" }, {}));
  return (path: string) => Promise.resolve(app.fetch(new Request(`http://localhost${path}`)));
}

describe("the strategy pages of the demo portal", () => {
  it("publish the goals, indicators and portrait without surveys", async () => {
    const get = await portal();
    const document = await (await get("/strategia.cwd.json")).json();
    expect(document.surveys).toEqual([]);
    expect(
      document.goals
        .filter((g: { level: string }) => g.level === "strategic")
        .map((g: { title: { pl: string } }) => g.title.pl),
    ).toEqual([
      "Aktywna społeczność dla rozwoju",
      "Czyste środowisko i wysokiej jakości przestrzeń do życia",
      "Innowacyjna i zrównoważona gospodarka",
      "Partnerska Ziemia wysokomazowiecka",
    ]);
    // Everything below the strategic goals is a sample.
    expect(
      document.goals.filter(
        (g: { level: string; sample?: true }) => ["operational", "direction"].includes(g.level) && !g.sample,
      ),
    ).toEqual([]);
  });

  it("show the tree, the portrait with the partnership's figures, and the checklist", async () => {
    const get = await portal();
    const page = await (await get("/strategia")).text();
    expect(page).toContain('<cwd-goal-tree api="/api" partnership="ziemia-wysokomazowiecka"');
    const charts = [
      ...page.matchAll(
        /<cwd-indicator-chart api="\/api" partnership="ziemia-wysokomazowiecka" indicator="([^"]+)"/g,
      ),
    ];
    expect(charts.map((m) => m[1])).toEqual(["bezrobocie-wskaznik", "tereny-inwestycyjne", "przedszkola"]);
    // The charts come after the goal tree, under it on the page.
    expect(page.indexOf("<cwd-indicator-chart")).toBeGreaterThan(page.indexOf("<cwd-goal-tree"));
    // The 2019 population of the ten gminy, summed: 57 051.
    expect(page).toMatch(/Partnerstwo \(suma gmin\): <strong>57\s051<\/strong>/);
    expect(page).toContain("średnia ważona ludnością");
    expect(page).toContain("✔ jest: Cele strategiczne");
    // The sample unemployment rate is for 2021, the population for 2019: no weighted mean, and why.
    expect(page).toContain(
      "Partnerstwo (średnia ważona ludnością): nie podano, bo brak liczby ludności gmin za 2021 r. (jest za 2019 r.)",
    );
    expect(page).toContain(
      '✔ jest: Cele strategiczne (społeczne, gospodarcze, przestrzenne) <span class="note">(w danych: 4)</span>',
    );
    expect(page).toContain(
      '✔ jest: Ramy finansowe i źródła finansowania <span class="note">(tekst, przykład)</span>',
    );
    expect(page).toContain(
      '✘ brak: Model struktury funkcjonalno-przestrzennej <span class="note">(nie wypełniono)</span>',
    );
    // One language per page: none of the English the demo's data and core's checklist once carried.
    for (const english of ["in the data", "not filled in", "a text", "sample", "mirror of", "not stated"])
      expect(page).not.toContain(english);
    const statics = await get("/strategia-statyczna");
    expect(await statics.text()).toContain('src="/demo/ziemia-wysokomazowiecka.cwd.json"');
    expect(statics.headers.get("Content-Security-Policy")).toContain("connect-src 'self'");
    expect((await (await get("/demo/ziemia-wysokomazowiecka.cwd.json")).json()).goals).toHaveLength(11);
  });
});
