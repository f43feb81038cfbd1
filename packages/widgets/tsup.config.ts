import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

const source = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export default defineConfig([
  // For bundlers: one module per element (class, and a `define` that registers it), lit and our
  // other packages left as imports so an app ships them once.
  {
    entry: {
      index: "src/index.ts",
      "survey/survey": "src/survey/survey.ts",
      "survey/define": "src/survey/define.ts",
      "provider/provider": "src/provider/provider.ts",
      "provider/define": "src/provider/define.ts",
    },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    external: [/^lit($|\/)/, /^@lit\//, /^@cwd\//],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
  },
  // For a plain <script type="module"> on a CMS page: everything in one minified file. Our packages
  // come from source so the bundle needs no prior build, and only the browser-safe HTTP client of
  // the adapters is reachable (never sql or the handler).
  {
    entry: { "cwd-widgets": "src/cwd-widgets.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    noExternal: [/.*/],
    minify: true,
    splitting: false,
    dts: false,
    sourcemap: false,
    esbuildOptions(options) {
      options.alias = {
        "@cwd/core": source("core/src/index.ts"),
        "@cwd/adapters/http": source("adapters/src/http.ts"),
      };
    },
  },
]);
