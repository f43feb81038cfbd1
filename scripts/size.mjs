// Size report of what residents download: each element on its own (with Lit, core and the HTTP
// client it needs) and the self-contained cwd-widgets.js. Figures only; the goal is ≤ 60 kB gzip
// for the bundle of every widget.
import { readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { build } from "esbuild";
import { sourceAliases } from "./aliases.mjs";

const root = new URL("../", import.meta.url);
const alias = {
  "@cwd/core": sourceAliases[0].replacement,
  "@cwd/adapters/http": new URL("packages/adapters/src/http.ts", root).pathname,
};
const elements = {
  "cwd-provider": "packages/widgets/src/provider/define.ts",
  "cwd-survey (with cwd-provider)": "packages/widgets/src/survey/define.ts",
};

async function bundle(entry) {
  const result = await build({
    entryPoints: [new URL(entry, root).pathname],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    alias,
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  return result.outputFiles[0].contents;
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(9);
function row(name, bytes) {
  console.log(
    `${name.padEnd(34)} ${kB(bytes.length)} ${kB(gzipSync(bytes, { level: 9 }).length)} ${kB(brotliCompressSync(bytes).length)}`,
  );
}

export async function sizeReport() {
  console.log(
    `${"bundle".padEnd(34)} ${"minified".padStart(9)} ${"gzip".padStart(9)} ${"brotli".padStart(9)}`,
  );
  for (const [name, entry] of Object.entries(elements)) row(name, await bundle(entry));
  const full = new URL("packages/widgets/dist/cwd-widgets.js", root);
  try {
    row("cwd-widgets.js (all, as shipped)", readFileSync(full));
  } catch {
    console.log("cwd-widgets.js: not built (npm run build)");
  }
  console.log("Goal: cwd-widgets.js ≤ 60 kB gzip.");
}

if (import.meta.url === `file://${process.argv[1]}`) await sizeReport();
