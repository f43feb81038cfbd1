// The README's test command (`npm test`): makes sure Chromium and PostgreSQL are there (installing
// Debian's packages when it can), builds every package, runs every vitest project, and prints the
// closing line `N passed, N failed, N skipped` that CI reads.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { hasChromium } from "./chromium.mjs";
import { findPostgresBin } from "./postgres-cluster.mjs";

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
const reportFile = ".vitest-report.json";

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  return result.status ?? 1;
}

function aptInstall(packages) {
  console.log(`\n> Installing Debian packages: ${packages.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (run("apt-get", ["update", "-qq"], { env }) !== 0) return false;
  return run("apt-get", ["install", "-y", "-qq", ...packages], { env }) === 0;
}

function loud(lines) {
  const bar = "!".repeat(78);
  console.error(`\n${bar}\n${lines.map((l) => `!! ${l}`).join("\n")}\n${bar}\n`);
}

// Chromium: the widget and end-to-end tests run in a real browser, never a simulated DOM.
if (!hasChromium()) {
  if (isRoot && hasApt && aptInstall(["chromium"]) && hasChromium()) {
    console.log("> Chromium installed from Debian.");
  } else {
    loud([
      "No Chromium found (looked at CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).",
      "Install it: `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH.",
    ]);
    process.exit(1);
  }
}

// PostgreSQL: the contract suite and the end-to-end test run against a real server.
if (!process.env.CWD_TEST_DATABASE_URL && !process.env.DATABASE_URL && !findPostgresBin()) {
  if (isRoot && hasApt && aptInstall(["postgresql"]) && findPostgresBin()) {
    console.log("> PostgreSQL installed from Debian; the tests start a throwaway cluster.");
  } else {
    loud([
      "No PostgreSQL: neither DATABASE_URL / CWD_TEST_DATABASE_URL nor PostgreSQL's binaries.",
      "The PostgreSQL tests will NOT run. Install Debian's `postgresql`, or set CWD_TEST_DATABASE_URL.",
    ]);
  }
}

console.log("\n> npm run build");
if (run("npm", ["run", "build", "--silent"]) !== 0) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}

rmSync(reportFile, { force: true });
console.log("\n> vitest run");
const status = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${reportFile}`,
]);

if (!existsSync(reportFile)) {
  console.log("0 passed, 1 failed");
  process.exit(status || 1);
}
const report = JSON.parse(readFileSync(reportFile, "utf8"));
const skipped = report.numPendingTests + report.numTodoTests;
// A file that fails to load fails no single test, yet the run has failed.
const failed = report.numFailedTests || (report.success ? 0 : Math.max(1, report.numFailedTestSuites));
console.log(`\n${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(status !== 0 ? status : failed > 0 ? 1 : 0);
