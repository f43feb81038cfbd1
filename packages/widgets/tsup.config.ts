import { defineConfig } from "tsup";
import { elementFolders } from "./scripts/elements.mjs";

const elements = elementFolders();

// The build for bundlers. The browser builds (the autoloader, cwd-widgets.js) are Rolldown's, in
// scripts/browser-builds.mjs.
export default defineConfig(
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
);
