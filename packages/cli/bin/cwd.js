#!/usr/bin/env node
// npm links a package's command when it is installed, and only if the file exists then. The build
// (dist/) comes after `npm ci` on a fresh clone, so the command is this file, which loads the build.
import { existsSync } from "node:fs";

const built = new URL("../dist/bin.js", import.meta.url);
if (!existsSync(built)) {
  console.error("cwd: @cwd/cli is not built yet; run `npm run build` in the repository, then try again.");
  process.exit(1);
}
await import(built.href);
