import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { elementFolders } from "../packages/widgets/scripts/elements.mjs";
import { chromiumArgs, chromiumPath } from "../scripts/chromium.mjs";

// The packages as they would be published: `npm pack` each one (needs `npm run build`), install the
// tarballs into an empty folder from the local npm cache, and import every entry the way a user would.
const root = new URL("..", import.meta.url).pathname;
let dir: string;
let app: string;

const npm = (args: string[], cwd: string) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8" });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cwd-packages-"));
  app = join(dir, "app");
  mkdirSync(app);
  const packed = JSON.parse(npm(["pack", "--workspaces", "--json", "--pack-destination", dir], root)) as {
    filename: string;
  }[];
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  // vitest: the optional peer that @cwd/adapters/testing needs.
  npm(["install", "--prefer-offline", ...packed.map((p) => join(dir, p.filename)), "vitest@4.1.12"], app);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Where the package `name` is installed: one place when every dependent shares one copy. */
function installed(name: string): string[] {
  const nodes = JSON.parse(npm(["query", `#${name}`], app)) as { path: string }[];
  return [...new Set(nodes.map((node) => node.path))];
}

describe("the published packages", () => {
  it("each carry a README, a LICENSE and no sources or tests", () => {
    for (const name of ["core", "adapters", "widgets", "cli"]) {
      const files = readdirSync(join(app, "node_modules", "@cwd", name), { recursive: true }).map(String);
      expect(files, name).toEqual(expect.arrayContaining(["README.md", "LICENSE", "package.json"]));
      expect(
        files.filter((f) => /(^src\/|\.test\.|\.stories\.|fixtures)/.test(f)),
        name,
      ).toEqual([]);
    }
  });

  it("import in Node, every entry, with one zod and one lit", () => {
    const entries = [
      "@cwd/core",
      "@cwd/adapters/memory",
      "@cwd/adapters/http",
      "@cwd/adapters/handler",
      "@cwd/adapters/sql",
      "@cwd/adapters/testing",
      "@cwd/cli",
      "@cwd/widgets",
      "@cwd/widgets/survey",
      "@cwd/widgets/survey/define",
      "@cwd/widgets/provider",
      "@cwd/widgets/provider/define",
    ];
    // Lit's Node build brings its own DOM shim, so the element modules load outside a browser too.
    const script = `for (const e of ${JSON.stringify(entries)}) { await import(e); console.log(e); }`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: app,
      encoding: "utf8",
    });
    expect(out.trim().split("\n")).toEqual(entries);
    expect(installed("zod")).toHaveLength(1);
    expect(installed("lit")).toHaveLength(1);
    expect(execFileSync(join(app, "node_modules/.bin/cwd"), ["--help"], { encoding: "utf8" })).toContain(
      "serve",
    );
  });

  describe("in Chromium, from the installed dist/browser", () => {
    let browser: Browser;
    let server: Server;
    let url: string;

    beforeAll(async () => {
      const folder = join(app, "node_modules/@cwd/widgets/dist/browser");
      server = createServer((request, response) => {
        const path = new URL(request.url ?? "/", "http://x").pathname;
        if (path.endsWith(".html")) {
          const script = path === "/loader.html" ? "cwd-loader.js" : "cwd-widgets.js";
          response.setHeader("Content-Type", "text/html");
          response.end(
            `<!doctype html><script type="module" src="/${script}"></script><cwd-survey></cwd-survey>`,
          );
          return;
        }
        try {
          const body = readFileSync(join(folder, path.replaceAll("..", "")));
          response.setHeader("Content-Type", "text/javascript");
          response.end(body);
        } catch {
          response.statusCode = 404;
          response.end();
        }
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    });

    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
    });

    for (const page of ["loader.html", "widgets.html"]) {
      it(`${page.replace(".html", "")}: registers the elements`, async () => {
        const tab = await browser.newPage();
        try {
          await tab.goto(`${url}/${page}`);
          await tab.waitForFunction(
            () => customElements.get("cwd-survey") && customElements.get("cwd-provider"),
          );
        } finally {
          await tab.close();
        }
      });
    }

    it("widgets: cwd-widgets.js registers every element, and fetches a chunk only when a feature needs it", async () => {
      const tab = await browser.newPage();
      const fetched: string[] = [];
      tab.on("request", (request) => fetched.push(new URL(request.url()).pathname));
      try {
        await tab.goto(`${url}/widgets.html`);
        const tags = elementFolders().map((folder: string) => `cwd-${folder}`);
        await tab.waitForFunction((names) => names.every((name) => customElements.get(name)), tags);
        expect(fetched.filter((path) => path.endsWith(".js"))).toEqual(["/cwd-widgets.js"]);
        // Good practices given from code are checked by a module loaded then, from chunks/.
        await tab.evaluate(() => {
          const practices = document.createElement("cwd-practices") as HTMLElement & { documents: unknown };
          practices.documents = [{ partnership: { id: "p", name: { pl: "P" }, members: [] }, practices: [] }];
          document.body.append(practices);
        });
        await tab.waitForFunction(
          () =>
            document.querySelector("cwd-practices")?.shadowRoot?.querySelector("[part=base]")?.ariaBusy ===
            "false",
        );
        expect(fetched.some((path) => /^\/chunks\/valid-practices-.+\.js$/.test(path))).toBe(true);
      } finally {
        await tab.close();
      }
    });
  });
});
