import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";
import { elementFolders } from "./scripts/elements.mjs";
import { minifyLiterals } from "./scripts/minify-literals.mjs";

const source = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const elements = elementFolders();

// The browser builds bundle everything for a page with no build step of its own. Our packages come
// from source so they need no prior build, and only the browser-safe HTTP client of the adapters is
// reachable (never sql or the handler).
const forBrowsers: Options = {
  format: ["esm"],
  platform: "browser",
  target: "es2022",
  outDir: "dist/browser",
  noExternal: [/.*/],
  minify: true,
  dts: false,
  sourcemap: false,
  clean: false,
  esbuildPlugins: [minifyLiterals],
  esbuildOptions(options) {
    options.alias = {
      "@cwd/core": source("core/src/index.ts"),
      "@cwd/adapters/http": source("adapters/src/http.ts"),
      "@cwd/adapters/static": source("adapters/src/static.ts"),
      "@cwd/adapters/indexeddb": source("adapters/src/indexeddb.ts"),
    };
    // Shared chunks are named by their content: they can be cached for ever.
    options.chunkNames = "chunks/[name]-[hash]";
  },
};

// `npm run build` empties dist/ first: the three builds below run side by side and share it.
export default defineConfig([
  // For bundlers: per element, its class (`@cwd/widgets/survey`) and a `define` that registers it
  // (`@cwd/widgets/survey/define`), lit and our other packages left as imports so an app ships them once.
  {
    entry: {
      index: "src/index.ts",
      ...Object.fromEntries(
        elements.flatMap((folder) => [
          [folder, `src/${folder}/${folder}.ts`],
          [`${folder}/define`, `src/${folder}/define.ts`],
        ]),
      ),
    },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    external: [/^lit($|\/)/, /^@lit\//, /^@cwd\//],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: false,
  },
  // For one script tag, the autoloader: cwd-loader.js and one module per element (cwd-survey.js),
  // which it imports the first time the element appears.
  {
    ...forBrowsers,
    entry: {
      "cwd-loader": "src/cwd-loader.ts",
      ...Object.fromEntries(elements.map((folder) => [`cwd-${folder}`, `src/${folder}/define.ts`])),
    },
    splitting: true,
    define: { CWD_ELEMENTS: JSON.stringify(elements.join(" ")) },
  },
  // For those who want one file: cwd-widgets.js, every element, no chunks.
  { ...forBrowsers, entry: { "cwd-widgets": "src/cwd-widgets.ts" }, splitting: false },
]);
