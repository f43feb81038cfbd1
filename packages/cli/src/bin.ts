#!/usr/bin/env node
import { DataFolderInUseError } from "@cwd/adapters/sql";
import { isStoreError, ValidationError } from "@cwd/core";
import { Command } from "commander";
import { ahpCommand } from "./commands/ahp.js";
import { ballotsCommand } from "./commands/ballots.js";
import { budgetCommand } from "./commands/budget.js";
import { codesCommand } from "./commands/codes.js";
import { eventsCommand, planCommand } from "./commands/plan.js";
import { portraitCommand } from "./commands/portrait.js";
import { progressCommand } from "./commands/progress.js";
import { reportCommand } from "./commands/report.js";
import { resultsCommand } from "./commands/results.js";
import { serveCommand } from "./commands/serve.js";
import { tokenCommand } from "./commands/token.js";
import { exportCommand, importCommand } from "./commands/transfer.js";
import { ConfigError } from "./config.js";

const program = new Command("cwd")
  .description("Tools for partnerships of municipalities (Centrum Wsparcia Doradczego).")
  .showHelpAfterError();

program.addCommand(serveCommand());
program.addCommand(importCommand());
program.addCommand(exportCommand());
program.addCommand(ahpCommand());
program.addCommand(budgetCommand());
program.addCommand(ballotsCommand());
program.addCommand(tokenCommand());
program.addCommand(planCommand());
program.addCommand(eventsCommand());
program.addCommand(progressCommand());
program.addCommand(portraitCommand());
program.addCommand(resultsCommand());
program.addCommand(codesCommand());
program.addCommand(reportCommand());

program.parseAsync().catch((error: unknown) => {
  console.error(`cwd: ${explain(error)}`);
  process.exit(1);
});

function explain(error: unknown): string {
  if (error instanceof ValidationError)
    return `invalid input:\n${error.issues.map((i) => `  ${i.path || "(document)"}: ${i.message}`).join("\n")}`;
  if (error instanceof SyntaxError) return `not valid JSON: ${error.message}`;
  if (error instanceof ConfigError || error instanceof DataFolderInUseError || isStoreError(error))
    return error.message;
  if (error instanceof TypeError && (error as { code?: string }).code === "ERR_INVALID_URL")
    return `not a URL: ${(error as { input?: string }).input ?? error.message}`;
  if ((error as NodeJS.ErrnoException).code === "EADDRINUSE")
    return `the port is in use: ${(error as Error).message}; choose another with --port or PORT`;
  if ((error as NodeJS.ErrnoException).code === "ENOENT") return (error as Error).message;
  if (error instanceof Error && /^(cannot reach the CWD API|the CWD API answered)/.test(error.message))
    return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
