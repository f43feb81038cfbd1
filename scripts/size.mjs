// Size report of what residents download. Per element: what a page with only that element fetches
// through cwd-loader.js (the loader, the element's module and every shared chunk it imports,
// following the import graph of the built files); then the self-contained cwd-widgets.js. Gzip and
// brotli are summed per file, as each file is its own request. Figures only, each beside its
// element's budget from the issues. `node scripts/size.mjs --why events` lists what makes up one
// element's download, module by module.
import { readdirSync, readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { build } from "esbuild";
import { build as rolldown } from "rolldown";
import { loaderBuild, oneFileBuild } from "../packages/widgets/scripts/browser-builds.mjs";

const root = new URL("../", import.meta.url);
const browser = new URL("packages/widgets/dist/browser/", root).pathname;

/**
 * The built files a page fetches for `entry` (a path in dist/browser), itself included, found by
 * letting esbuild read the import graph of the built files and following its static imports only: a
 * module loaded with `import()` (goal-tree's reader of static documents) comes only when it is used.
 *
 * @example
 * await downloads("cwd-survey.js"); // ["chunks/chunk-….js", "cwd-survey.js"]
 */
export async function downloads(entry) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: browser,
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    logLevel: "silent",
  });
  const { inputs } = result.metafile;
  const fetched = new Set();
  const visit = (file) => {
    if (fetched.has(file) || !inputs[file]) return;
    fetched.add(file);
    for (const { path, kind } of inputs[file].imports) if (kind === "import-statement") visit(path);
  };
  visit(entry);
  return [...fetched].sort();
}

/**
 * The zod packages in the one-file build: one, or a copy came in beside it; and whether zod is in
 * cwd-widgets.js itself rather than only in the chunks it loads when a feature is used.
 */
async function zodCopies() {
  const { output } = await rolldown(oneFileBuild({ write: false }));
  const zodOf = (chunk) =>
    Object.keys(chunk.modules ?? {})
      .map((id) => /^(.*node_modules\/zod)\//.exec(id)?.[1])
      .filter(Boolean);
  const copies = [...new Set(output.flatMap(zodOf))].map((path) =>
    path.replace(/^.*?node_modules/, "node_modules"),
  );
  const eager = output.some((chunk) => chunk.fileName === "cwd-widgets.js" && zodOf(chunk).length > 0);
  return { copies, eager };
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(9);

/** Each element's budget in kB of gzip through the loader, as its issue sets it. */
const budgets = {
  "cwd-survey": 30,
  "cwd-survey-results": 25,
  "cwd-goal-tree": 20,
  "cwd-project-ranking": 25,
  "cwd-budget-vote": 25,
  "cwd-comments": 20,
  "cwd-consultation": 20,
  "cwd-action-plan": 20,
  "cwd-events": 15,
  "cwd-widgets": 60,
};

function row(name, files, budget) {
  const sizes = files.map((file) => readFileSync(`${browser}${file}`));
  const sum = (f) => sizes.reduce((total, bytes) => total + f(bytes), 0);
  const gzip = sum((b) => gzipSync(b, { level: 9 }).length);
  const verdict = budget === undefined ? "" : `${gzip <= budget * 1000 ? "within" : "OVER"} ${budget} kB`;
  console.log(
    `${name.padEnd(44)} ${String(files.length).padStart(5)} ${kB(sum((b) => b.length))} ${kB(gzip)} ${kB(
      sum((b) => brotliCompressSync(b).length),
    )}  ${verdict}`,
  );
}

export async function sizeReport() {
  let names;
  try {
    names = readdirSync(browser).filter((name) => /^cwd-.+\.js$/.test(name));
  } catch {
    console.log("packages/widgets/dist/browser is not built: npm run build");
    return;
  }
  console.log(
    `${"a page with only…".padEnd(44)} ${"files".padStart(5)} ${"minified".padStart(9)} ${"gzip".padStart(9)} ${"brotli".padStart(9)}  budget (gzip)`,
  );
  const elements = names.filter((name) => name !== "cwd-loader.js" && name !== "cwd-widgets.js");
  for (const name of elements) {
    const tag = name.slice(0, -".js".length);
    row(`<${tag}> through cwd-loader.js`, ["cwd-loader.js", ...(await downloads(name))], budgets[tag]);
  }
  row("every element, cwd-widgets.js", await downloads("cwd-widgets.js"), budgets["cwd-widgets"]);
  const { copies, eager } = await zodCopies();
  console.log(
    `zod in the one-file build: ${copies.length} cop${copies.length === 1 ? "y" : "ies"} (${copies.join(", ")}), ${eager ? "in cwd-widgets.js itself" : "only in chunks loaded when a feature is used"}`,
  );
}

/**
 * What a page with only `<cwd-{folder}>` downloads, by source module (bytes after tree-shaking and
 * before minifying), largest first. The widgets are built again from source exactly as the browser
 * build makes them, so Rolldown can say which module went into which file.
 */
async function why(folder) {
  const { output } = await rolldown(loaderBuild({ write: false }));
  const chunks = new Map(
    output.filter((file) => file.type === "chunk").map((chunk) => [chunk.fileName, chunk]),
  );
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of chunks.get(file).imports) visit(imported);
  };
  visit("cwd-loader.js");
  visit(`cwd-${folder}.js`);
  const byModule = new Map();
  for (const file of files) {
    for (const [id, { renderedLength }] of Object.entries(chunks.get(file).modules)) {
      const name = id
        .replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*/, "npm:$1")
        .replace(/^.*\/packages\/(widgets\/)?/, "");
      byModule.set(name, (byModule.get(name) ?? 0) + renderedLength);
    }
  }
  console.log(`${files.size} files: ${[...files].join(" ")}`);
  for (const [name, bytes] of [...byModule].sort((a, b) => b[1] - a[1])) console.log(`${kB(bytes)}  ${name}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[process.argv.indexOf("--why") + 1];
  if (process.argv.includes("--why")) await why(folder);
  else await sizeReport();
}
