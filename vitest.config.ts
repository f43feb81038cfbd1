import { playwright } from "@vitest/browser-playwright";
import { configDefaults, defineConfig } from "vitest/config";
import { sourceAliases } from "./scripts/aliases.mjs";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.mjs";

// One run, several projects: Node unit tests per package, widget tests in real headless Chromium,
// and the end-to-end test of `cwd serve` (which needs `npm run build` first).
export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    projects: [
      { extends: true, test: { name: "core", include: ["packages/core/**/*.test.ts"], environment: "node" } },
      // The build's own tools (scripts beside the packages).
      {
        extends: true,
        test: { name: "tooling", include: ["packages/*/scripts/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "adapters",
          include: ["packages/adapters/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "**/*.browser.test.ts"],
          environment: "node",
          globalSetup: ["packages/adapters/test/postgres-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "widgets",
          include: ["packages/widgets/**/*.browser.test.ts", "packages/adapters/**/*.browser.test.ts"],
          setupFiles: ["packages/widgets/src/test/setup.ts"],
          exclude: [...configDefaults.exclude],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
            instances: [{ browser: "chromium" }],
            screenshotFailures: false,
          },
        },
      },
      {
        extends: true,
        test: {
          name: "cli",
          include: ["packages/cli/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.test.ts"],
          environment: "node",
          globalSetup: ["packages/adapters/test/postgres-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
