// The elements manifest (custom-elements.json) describes what the package ships: one module per
// element in dist/, with the members it inherits from CwdElement spelled out, and the module that
// registers it. Editors, Storybook's docs and controls read it.
import { elementFolders } from "./scripts/elements.mjs";

const elements = elementFolders();

/** A source path in the manifest as the shipped file that holds it. */
function shipped(path) {
  const folder = /^src\/([^/]+)\/\1\.ts$/.exec(path)?.[1];
  if (folder && elements.includes(folder)) return `dist/${folder}.js`;
  if (path.startsWith("src/internal/")) return "dist/index.js"; // the kit is exported from the index
  return path;
}

function rewritePaths(value) {
  if (Array.isArray(value)) return value.map(rewritePaths);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        key === "path" || key === "module" ? shipped(v) : rewritePaths(v),
      ]),
    );
  }
  return value;
}

/** Private and protected members are not the element's contract: leave them out of docs and editors. */
function publicOnly(module) {
  const declarations = module.declarations.map((declaration) => ({
    ...declaration,
    members: declaration.members?.filter((member) => !member.privacy || member.privacy === "public"),
  }));
  return { ...module, declarations };
}

const shipOnlyElements = {
  name: "cwd-ship-only-elements",
  packageLinkPhase({ customElementsManifest }) {
    const modules = [];
    for (const module of customElementsManifest.modules) {
      const folder = /^src\/([^/]+)\/\1\.ts$/.exec(module.path)?.[1];
      if (!folder || !elements.includes(folder)) continue;
      modules.push(rewritePaths(publicOnly(module)));
      const element = module.declarations.find((d) => d.customElement && d.tagName);
      if (!element) throw new Error(`${module.path}: the element class needs a @tag in its JSDoc`);
      modules.push({
        kind: "javascript-module",
        path: `dist/${folder}/define.js`,
        declarations: [],
        exports: [
          {
            kind: "custom-element-definition",
            name: element.tagName,
            declaration: { name: element.name, module: `dist/${folder}.js` },
          },
        ],
      });
    }
    customElementsManifest.modules = modules;
  },
};

export default {
  globs: ["src/**/*.ts"],
  exclude: [
    "src/**/*.test.ts",
    "src/**/*.stories.ts",
    "src/**/fixtures.ts",
    "src/test/**",
    "src/elements.ts",
  ],
  outdir: ".",
  litelement: true,
  plugins: [shipOnlyElements],
};
