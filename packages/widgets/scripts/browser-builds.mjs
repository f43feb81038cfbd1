// The two builds for a page with no build step of its own, made with Rolldown: the autoloader
// (cwd-loader.js and one module per element, cwd-survey.js, which it imports the first time the
// element appears) and cwd-widgets.js, every element in one file. Rolldown rather than tsup/esbuild because it
// lets us say which modules share a chunk: esbuild split the code every page shares into 9 to 12
// small files (gzip pays again for each), and every lazily loaded module split it further.
import { fileURLToPath } from "node:url";
import { build } from "rolldown";
import { elementFolders } from "./elements.mjs";
import { minifyTemplates } from "./minify-literals.mjs";

const widgets = fileURLToPath(new URL("../", import.meta.url));
const source = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * The kit: what every element's page needs, in one shared chunk. Lit's core (not its directives,
 * which only some elements use), our element base, the provider (every element registers it first)
 * and the HTTP client it makes, with whatever they import. Modules that only some elements use, or
 * only load when asked (the offline outbox, the device marker, date and number formats, styles
 * through the CSSOM with Lit's directive base), stay with the elements.
 */
export function inKit(id) {
  const path = id.replaceAll("\\", "/");
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) {
    return !/\/directive/.test(path);
  }
  if (/\/widgets\/src\/internal\//.test(path)) {
    return !/\/(offline|device-marker|style-properties|format)\.ts$/.test(path);
  }
  return (
    /\/widgets\/src\/provider\/(provider|register)\.ts$/.test(path) || /\/adapters\/src\/http\.ts$/.test(path)
  );
}

/** Shrinks the text of our own `css`/`html`/`svg` templates (Lit's are already small). */
const minifyLiterals = {
  name: "minify-literals",
  transform: {
    filter: { id: /[\\/]widgets[\\/]src[\\/].*\.ts$/ },
    handler: (code, id) => ({ code: minifyTemplates(id, code) }),
  },
};

/** Rolldown's options for one browser build, before `output`. */
function inputOptions(input) {
  return {
    input,
    cwd: widgets,
    platform: "browser",
    tsconfig: `${widgets}tsconfig.json`,
    transform: {
      target: "es2022",
      define: { CWD_ELEMENTS: JSON.stringify(elementFolders().join(" ")) },
    },
    // Our packages come from source, so the build needs no prior build of them; only the
    // browser-safe parts of the adapters are reachable (never sql or the handler).
    resolve: {
      alias: {
        "@cwd/core": source("core/src/index.ts"),
        "@cwd/adapters/http": source("adapters/src/http.ts"),
        "@cwd/adapters/static": source("adapters/src/static.ts"),
        "@cwd/adapters/indexeddb": source("adapters/src/indexeddb.ts"),
      },
    },
    plugins: [minifyLiterals],
    logLevel: "warn",
  };
}

/** The autoloader's build: options for `rolldown.build`. */
export function loaderBuild({ write = true, dir = `${widgets}dist/browser` } = {}) {
  return {
    ...inputOptions({
      "cwd-loader": "src/cwd-loader.ts",
      ...Object.fromEntries(elementFolders().map((folder) => [`cwd-${folder}`, `src/${folder}/define.ts`])),
    }),
    write,
    output: {
      dir,
      format: "esm",
      minify: true,
      // Shared chunks are named by their content: they can be cached for ever.
      chunkFileNames: "chunks/[name]-[hash].js",
      codeSplitting: { groups: [{ name: "kit", test: inKit }] },
    },
  };
}

/**
 * The one-file build: every element in cwd-widgets.js. What an element loads only when it is used
 * (the static-document reader, the .ics writer, the offline outbox, the practices' checker) stays
 * in chunks of its own beside it, fetched then, as through the loader.
 */
export function oneFileBuild({ write = true, dir = `${widgets}dist/browser` } = {}) {
  return {
    ...inputOptions({ "cwd-widgets": "src/cwd-widgets.ts" }),
    // cwd-consultation loads cwd-comments when first needed; here cwd-comments is in the file anyway.
    checks: { ineffectiveDynamicImport: false },
    write,
    output: { dir, format: "esm", minify: true, chunkFileNames: "chunks/[name]-[hash].js" },
  };
}

/** Both builds, into dist/browser. */
export async function buildForBrowsers() {
  await build(loaderBuild());
  await build(oneFileBuild());
}
