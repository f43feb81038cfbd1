#!/usr/bin/env node
import { readFile, writeFile } from "node:fs/promises";
import {
  exportPartnership,
  importPartnership,
  isStoreError,
  parseExchangeDocument,
  ValidationError,
} from "@cwd/core";
import { Command } from "commander";
import { budgetCommand } from "./commands/budget.js";
import { ConfigError, type ConfigFlags, readConfig } from "./config.js";
import { seedDemo } from "./seed.js";
import { startServer } from "./server.js";
import { openStorage } from "./storage.js";

const program = new Command("cwd")
  .description("Tools for partnerships of municipalities (Centrum Wsparcia Doradczego).")
  .showHelpAfterError();

const storageHelp =
  "Storage: PostgreSQL when DATABASE_URL is set, else PGlite in --data-dir (CWD_DATA_DIR, default .cwd-data).";

program
  .command("serve")
  .description(`Serve the HTTP API at /api, the widget bundle and the demo portal. ${storageHelp}`)
  .option("-p, --port <port>", "port to listen on (PORT, default 8080)")
  .option("--host <host>", "address to listen on (HOST, default 127.0.0.1; 0.0.0.0 for all)")
  .option("--data-dir <dir>", "PGlite data folder")
  .option("--no-demo", "do not seed the demo partnership")
  .option("--quiet", "do not log each request")
  .action(async (flags: ConfigFlags & { quiet?: boolean }) => {
    const config = readConfig(flags);
    const { store, description } = await openStorage(config);
    if (config.seedDemo && (await seedDemo(store)) === "seeded")
      console.log("Seeded the demo: Partnerstwo Ziemia Wysokomazowiecka.");
    const log = flags.quiet
      ? undefined
      : (line: string) => console.log(`${new Date().toISOString()} ${line}`);
    const server = await startServer(store, config, { log });
    console.log(`cwd serve: ${server.url} (storage: ${description})`);
    if (!config.adminToken)
      console.log(
        "No CWD_ADMIN_TOKEN set: only public routes are open; editing through the API answers 401.",
      );
    const stop = async () => {
      await server.close();
      await store.close();
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });

program
  .command("import <file>")
  .description(
    `Import an exchange document (cwd.partnership/v1 JSON) into storage; safe to repeat. ${storageHelp}`,
  )
  .option("--data-dir <dir>", "PGlite data folder")
  .action(async (file: string, flags: ConfigFlags) => {
    const document = parseExchangeDocument(JSON.parse(await readFile(file, "utf8")));
    const { store } = await openStorage(readConfig(flags));
    try {
      const summary = await importPartnership(store, document);
      console.log(
        `${document.partnership.id}: partnership ${summary.partnership}; surveys ${summary.surveys.created} created, ${summary.surveys.updated} updated, ${summary.surveys.unchanged} unchanged; responses ${summary.responses.created} stored, ${summary.responses.unchanged} already there.`,
      );
    } finally {
      await store.close();
    }
  });

program
  .command("export <partnershipId>")
  .description(`Export a partnership as an exchange document (cwd.partnership/v1 JSON). ${storageHelp}`)
  .option("--data-dir <dir>", "PGlite data folder")
  .option("--responses", "include survey responses")
  .option("-o, --output <file>", "write to a file instead of standard output")
  .action(async (partnershipId: string, flags: ConfigFlags & { responses?: boolean; output?: string }) => {
    const { store } = await openStorage(readConfig(flags));
    try {
      const document = await exportPartnership(store, partnershipId, { withResponses: flags.responses });
      const json = `${JSON.stringify(document, null, 2)}\n`;
      if (flags.output) await writeFile(flags.output, json);
      else process.stdout.write(json);
    } finally {
      await store.close();
    }
  });

program.addCommand(budgetCommand());
program.parseAsync().catch((error: unknown) => {
  console.error(`cwd: ${explain(error)}`);
  process.exit(1);
});

function explain(error: unknown): string {
  if (error instanceof ValidationError)
    return `invalid input:\n${error.issues.map((i) => `  ${i.path || "(document)"}: ${i.message}`).join("\n")}`;
  if (error instanceof SyntaxError) return `not valid JSON: ${error.message}`;
  if (error instanceof ConfigError || isStoreError(error)) return error.message;
  if ((error as NodeJS.ErrnoException).code === "EADDRINUSE")
    return `the port is in use: ${(error as Error).message}; choose another with --port or PORT`;
  if ((error as NodeJS.ErrnoException).code === "ENOENT") return (error as Error).message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
