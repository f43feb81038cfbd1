import { build } from "esbuild";
import { elementFolders } from "./scripts/elements.mjs";
const els = elementFolders();
const entryPoints = { "cwd-loader": "src/cwd-loader.ts", ...Object.fromEntries(els.map((f) => [`cwd-${f}`, `src/${f}/define.ts`])) };
const r = await build({ entryPoints, bundle: true, splitting: true, minify: true, format: "esm", platform: "browser", target: "es2022", write: false, metafile: true, outdir: "/tmp/out2", chunkNames: "chunks/[name]-[hash]",
  alias: { "@cwd/core": "/work/main/packages/core/src/index.ts", "@cwd/adapters/http": "/work/main/packages/adapters/src/http.ts", "@cwd/adapters/static": "/work/main/packages/adapters/src/static.ts" } });
const outs = r.metafile.outputs;
const want = process.argv[2];
const seen = new Set();
const visit = (f) => { if (seen.has(f)) return; seen.add(f); for (const i of outs[f].imports) if (i.kind === "import-statement") visit(i.path); };
const key = (n) => Object.keys(outs).find((k) => k.endsWith(n)); visit(key(`cwd-${want}.js`)); visit(key(`cwd-loader.js`));
const groups = {};
for (const f of seen) for (const [p, v] of Object.entries(outs[f].inputs)) { const k = p.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*/, "npm:$1").replace(/^(\.\.\/)*packages\/(\w+)\/src\//, "$2/"); groups[k] = (groups[k] ?? 0) + v.bytesInOutput; }
console.log(Object.entries(groups).sort((a,b)=>b[1]-a[1]).slice(0,+process.argv[3]||30).map(([k,v])=>`${(v/1000).toFixed(1).padStart(7)} ${k}`).join("\n"));
