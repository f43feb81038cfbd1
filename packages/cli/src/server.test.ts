import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Store } from "@cwd/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readConfig } from "./config.js";
import { seedDemo } from "./seed.js";
import { createApp, startServer } from "./server.js";
import { openStorage } from "./storage.js";

const adminToken = "test-admin-token-0123456789";
const base = "http://cwd.test";
const partnershipPath = "/api/partnerships/ziemia-wysokomazowiecka";
const responsesPath = `${partnershipPath}/surveys/ankieta-mieszkancow/responses`;

const response = {
  id: "6f0c2d4e-8a1b-4c3d-9e5f-0a1b2c3d4e5f",
  partnershipId: "ziemia-wysokomazowiecka",
  surveyId: "ankieta-mieszkancow",
  submittedAt: "2026-11-27T10:00:00Z",
  answers: { gmina: "gmina-sokoly", "ocena-miejsca": 5, problemy: ["wyjazdy-mlodych"] },
};

let dataDir: string;
let store: Store;

async function open(): Promise<{ fetch: (path: string, init?: RequestInit) => Promise<Response> }> {
  const config = readConfig({ dataDir }, { CWD_ADMIN_TOKEN: adminToken });
  store = (await openStorage(config)).store;
  await seedDemo(store);
  const app = createApp(store, config);
  return { fetch: (path, init) => Promise.resolve(app.fetch(new Request(`${base}${path}`, init))) };
}

const post = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});
const asAdmin: RequestInit = { headers: { Authorization: `Bearer ${adminToken}` } };

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "cwd-serve-"));
});
afterEach(async () => {
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("cwd serve on embedded PGlite", () => {
  it("serves the 11 real members of Ziemia Wysokomazowiecka with their TERC codes", async () => {
    const app = await open();
    const res = await app.fetch(partnershipPath);
    expect(res.status).toBe(200);
    const partnership = (await res.json()) as { members: { name: string; terc: string }[] };
    expect(partnership.members.map((m) => [m.name, m.terc])).toEqual([
      ["Powiat Wysokomazowiecki", "2013"],
      ["Miasto Wysokie Mazowieckie", "2013011"],
      ["Gmina Wysokie Mazowieckie", "2013102"],
      ["Gmina Ciechanowiec", "2013023"],
      ["Gmina Czyżew", "2013033"],
      ["Gmina Klukowo", "2013042"],
      ["Gmina Kobylin-Borzymy", "2013052"],
      ["Gmina Kulesze Kościelne", "2013062"],
      ["Gmina Nowe Piekuty", "2013072"],
      ["Gmina Sokoły", "2013082"],
      ["Gmina Szepietowo", "2013093"],
    ]);
  });

  it("keeps a response across a restart and stores a repeated one once", async () => {
    let app = await open();
    expect((await app.fetch(responsesPath, post(response))).status).toBe(201);
    await store.close();

    app = await open();
    expect((await app.fetch(responsesPath, post(response))).status).toBe(200);
    const list = await app.fetch(responsesPath, asAdmin);
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([response]);
  });

  it("seeds on the first start only and never overwrites edits", async () => {
    let app = await open();
    const current = (await (await app.fetch(partnershipPath)).json()) as {
      version: number;
      name: { pl: string };
    };
    const edited = { ...current, name: { pl: "Partnerstwo Ziemia Wysokomazowiecka (edytowane)" } };
    const put = await app.fetch(partnershipPath, {
      method: "PUT",
      headers: { ...asAdmin.headers, "Content-Type": "application/json", "If-Match": `"${current.version}"` },
      body: JSON.stringify(edited),
    });
    expect(put.status).toBe(200);
    await store.close();

    app = await open();
    const after = (await (await app.fetch(partnershipPath)).json()) as { name: { pl: string } };
    expect(after.name.pl).toBe("Partnerstwo Ziemia Wysokomazowiecka (edytowane)");
  });

  it("answers 401 to writes without the admin token, and 400 naming the field for bad input", async () => {
    const app = await open();
    const current = await (await app.fetch(partnershipPath)).json();
    const put = await app.fetch(partnershipPath, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(current),
    });
    expect(put.status).toBe(401);
    const bad = await app.fetch(responsesPath, post({ ...response, answers: { gmina: "warszawa" } }));
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((i) => i.path)).toEqual([
      "answers.gmina",
      "answers.ocena-miejsca",
      "answers.problemy",
    ]);
  });

  it("serves the demo portal in Polish and English, embedding the survey with one script tag", async () => {
    const app = await open();
    const pl = await (await app.fetch("/")).text();
    expect(pl).toContain('<html lang="pl">');
    expect(pl).toContain('<script type="module" src="/widgets/cwd-loader.js"></script>');
    expect(pl).toContain(
      '<cwd-survey api="/api" partnership="ziemia-wysokomazowiecka" survey="ankieta-mieszkancow" lang="pl" offline>',
    );
    expect(pl).toContain("<td>2013062</td>");
    const en = await (await app.fetch("/en")).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Residents&#39; survey");
  });

  it("serves the sample projects page: the ranking's data inline, and the budget vote", async () => {
    const app = await open();
    const res = await app.fetch("/projekty");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("Dane przykładowe");
    const json = /<cwd-project-ranking[^>]*><script type="application\/json">(.*?)<\/script>/s.exec(
      page,
    )?.[1];
    const data = JSON.parse(json ?? "null");
    expect(data.projects.map((p: { projectId: string }) => p.projectId)).toContain("przyklad-centrum-uslug");
    expect(data.projects[0].scores).toHaveProperty("ponadgminny-zasieg");
    expect(page).toContain(
      '<cwd-budget-vote api="/api" partnership="ziemia-wysokomazowiecka" round="przyklad-glosowanie"',
    );
  });

  it("serves the plan page: the sample action plan, the calendar and the good practices", async () => {
    const app = await open();
    const res = await app.fetch("/plan");
    expect(res.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
    const pl = await res.text();
    expect(pl).toContain(
      '<cwd-action-plan api="/api" partnership="ziemia-wysokomazowiecka" sample lang="pl">',
    );
    expect(pl).toContain('<cwd-events api="/api" partnership="ziemia-wysokomazowiecka" lang="pl">');
    expect(pl).toContain('<cwd-practices api="/api" partnership="ziemia-wysokomazowiecka" lang="pl">');
    expect(await (await app.fetch("/en/plan")).text()).toContain('<html lang="en">');
  });

  it("logs each request without the client's address", async () => {
    const config = readConfig({ dataDir }, { CWD_ADMIN_TOKEN: adminToken });
    store = (await openStorage(config)).store;
    const lines: string[] = [];
    const app = createApp(store, config, { log: (line) => lines.push(line) });
    await app.fetch(
      new Request(`${base}/api/partnerships/nie-ma`, { headers: { "X-Forwarded-For": "203.0.113.7" } }),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/api\/partnerships\/nie-ma 404 \d+ms$/);
  });

  it("serves the widget bundle as JavaScript", async () => {
    const app = await open();
    const res = await app.fetch("/widgets/cwd-widgets.js");
    expect(res.status, "build the widgets first: npm run build").toBe(200);
    expect(res.headers.get("content-type")).toContain("text/javascript");
    expect(await res.text()).toContain("cwd-survey");
  });
});

describe("cwd serve over a socket", () => {
  it("limits public submissions per client address (429 with Retry-After)", async () => {
    const config = readConfig({ dataDir, port: "0" }, { CWD_PUBLIC_WRITES_PER_MINUTE: "2" });
    store = (await openStorage(config)).store;
    await seedDemo(store);
    const server = await startServer(store, config);
    try {
      const send = (n: number) =>
        fetch(
          `${server.url}${responsesPath}`,
          post({ ...response, id: `6f0c2d4e-8a1b-4c3d-9e5f-0a1b2c3d4e0${n}` }),
        );
      expect((await send(1)).status).toBe(201);
      expect((await send(2)).status).toBe(201);
      const third = await send(3);
      expect(third.status).toBe(429);
      expect(third.headers.get("Retry-After")).toMatch(/^\d+$/);
      expect(((await third.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    } finally {
      await server.close();
    }
  });
});

describe("readConfig", () => {
  it("names the bad setting", () => {
    expect(() => readConfig({ port: "80a" }, {})).toThrow(/port: "80a" is not a port number/);
    expect(() => readConfig({}, { CWD_ADMIN_TOKEN: "short" })).toThrow(/CWD_ADMIN_TOKEN/);
    expect(() => readConfig({}, { CWD_PUBLIC_WRITES_PER_MINUTE: "many" })).toThrow(
      /CWD_PUBLIC_WRITES_PER_MINUTE/,
    );
    expect(readConfig({}, { PORT: "9000", DATABASE_URL: "postgres://x/y" })).toMatchObject({
      port: 9000,
      databaseUrl: "postgres://x/y",
    });
  });
});
