// `npm run build` for @cwd/widgets: the element list, the build for bundlers (tsup), the two
// browser builds (Rolldown: the autoloader and its modules, the one-file bundle), what the browser
// folder needs besides the JavaScript (types for its two entries, precompressed copies), and the
// elements manifest.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { buildForBrowsers } from "./browser-builds.mjs";

const run = (command, args) => execFileSync(command, args, { stdio: "inherit" });

run(process.execPath, ["scripts/elements.mjs"]);
rmSync("dist", { recursive: true, force: true });
run("npx", ["tsup"]);
await buildForBrowsers();

// The two script-tag entries export nothing; importing them from code types the tags.
writeFileSync(
  "dist/browser/cwd-loader.d.ts",
  "// Loads each cwd-* element's module when the element first appears on the page; exports nothing.\nexport {};\n",
);
writeFileSync(
  "dist/browser/cwd-widgets.d.ts",
  '// Registers every cwd-* element; exports nothing. The import gives the elements\' types.\nimport "../index.js";\nexport {};\n',
);

// Compressed once here, at the best levels, so `cwd serve` (or any static host) sends .br or .gz
// without compressing on every request.
for (const file of readdirSync("dist/browser", { recursive: true })) {
  if (!String(file).endsWith(".js")) continue;
  const path = `dist/browser/${file}`;
  const bytes = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
}

run("npx", ["cem", "analyze", "--quiet"]);
