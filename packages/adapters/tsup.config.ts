import { defineConfig } from "tsup";

// One entry per driver, so a browser bundle that imports `@cwd/adapters/http` never sees pg or PGlite.
export default defineConfig({
  entry: [
    "src/memory.ts",
    "src/http.ts",
    "src/handler.ts",
    "src/sql.ts",
    "src/static.ts",
    "src/indexeddb.ts",
    "src/testing.ts",
  ],
  format: ["esm"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  external: ["vitest"],
});
