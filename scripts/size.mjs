// Size report of what residents download. Per element: what a page with only that element fetches
// through cwd-loader.js (the loader, the element's module and every shared chunk it imports,
// following the import graph of the built files); then the self-contained cwd-widgets.js. Gzip and
// brotli are summed per file, as each file is its own request. Figures only; the goal is ≤ 60 kB
// gzip for cwd-widgets.js.
import { readdirSync, readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { build } from "esbuild";
import { sourceAliases } from "./aliases.mjs";

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

/** The zod packages that end up in cwd-widgets.js: one, or a copy came in beside it. */
async function zodCopies() {
  const result = await build({
    entryPoints: [new URL("packages/widgets/src/cwd-widgets.ts", root).pathname],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "browser",
    logLevel: "silent",
    alias: {
      "@cwd/core": sourceAliases[0].replacement,
      "@cwd/adapters/http": new URL("packages/adapters/src/http.ts", root).pathname,
    },
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  const copies = Object.keys(result.metafile.inputs).map(
    (path) => /^(.*node_modules\/zod)\//.exec(path)?.[1],
  );
  return [...new Set(copies.filter(Boolean))];
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(9);

function row(name, files) {
  const sizes = files.map((file) => readFileSync(`${browser}${file}`));
  const sum = (f) => sizes.reduce((total, bytes) => total + f(bytes), 0);
  console.log(
    `${name.padEnd(40)} ${String(files.length).padStart(5)} ${kB(sum((b) => b.length))} ${kB(
      sum((b) => gzipSync(b, { level: 9 }).length),
    )} ${kB(sum((b) => brotliCompressSync(b).length))}`,
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
    `${"a page with only…".padEnd(40)} ${"files".padStart(5)} ${"minified".padStart(9)} ${"gzip".padStart(9)} ${"brotli".padStart(9)}`,
  );
  const elements = names.filter((name) => name !== "cwd-loader.js" && name !== "cwd-widgets.js");
  for (const name of elements) {
    const tag = name.slice(0, -".js".length);
    row(`<${tag}> through cwd-loader.js`, ["cwd-loader.js", ...(await downloads(name))]);
  }
  row("every element, cwd-widgets.js", ["cwd-widgets.js"]);
  const zod = await zodCopies();
  console.log(
    `zod in cwd-widgets.js: ${zod.length} cop${zod.length === 1 ? "y" : "ies"} (${zod.join(", ")})`,
  );
  console.log("Goal: cwd-widgets.js ≤ 60 kB gzip.");
}

if (import.meta.url === `file://${process.argv[1]}`) await sizeReport();
