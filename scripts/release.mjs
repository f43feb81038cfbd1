// `npm run release`: the changesets become versions and changelogs (`changeset version`), the lock
// file follows (`npm install`), and each package is built and packed into release/*.tgz, ready for
// `npm publish release/<file>.tgz`. `npm run release -- --dry-run` does all that in a temporary
// copy of the committed tree (HEAD) and leaves this one untouched: CI runs it so.
import { execFileSync, execSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: "inherit" });
const packages = ["core", "adapters", "widgets", "cli"];

function release(cwd) {
  run("npx", ["changeset", "version"], cwd);
  run("npm", ["install", "--no-audit", "--no-fund"], cwd);
  run("npm", ["run", "build", "--silent"], cwd);
  rmSync(join(cwd, "release"), { recursive: true, force: true });
  mkdirSync(join(cwd, "release"));
  run("npm", ["pack", "--workspaces", "--pack-destination", "release", "--silent"], cwd);
  for (const name of packages) {
    const { version } = JSON.parse(readFileSync(join(cwd, `packages/${name}/package.json`), "utf8"));
    console.log(`@cwd/${name} ${version}`);
  }
  console.log(`release/: ${readdirSync(join(cwd, "release")).join(", ")}`);
}

if (process.argv.includes("--dry-run")) {
  const copy = mkdtempSync(join(tmpdir(), "cwd-release-"));
  try {
    execSync(`git archive HEAD | tar -x -C ${JSON.stringify(copy)}`, { stdio: "inherit" });
    run("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], copy);
    release(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
} else {
  release(process.cwd());
}
