// `npm run check-packages`: every package as it would be published, checked by publint (--strict)
// and Are the Types Wrong (ESM-only profile: our packages are ESM only). Needs `npm run build` first.
// The widgets' element subpaths come from a wildcard export, which attw does not expand: they are
// listed for it from the element folders.
import { spawnSync } from "node:child_process";
import { elementFolders } from "../packages/widgets/scripts/elements.mjs";

const packages = ["core", "adapters", "widgets", "cli"];
const elementEntrypoints = elementFolders().flatMap((folder) => [`./${folder}`, `./${folder}/define`]);

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit" }).status === 0;
}

let ok = true;
for (const name of packages) {
  const dir = `packages/${name}`;
  ok = run("npx", ["publint", "--strict", dir]) && ok;
  const extra = name === "widgets" ? ["--include-entrypoints", ...elementEntrypoints] : [];
  ok =
    run("npx", ["attw", "--pack", dir, "--profile", "esm-only", "--format", "table-flipped", ...extra]) && ok;
}
if (!ok) {
  console.error("\nA package is not ready to publish: see above.");
  process.exit(1);
}
