import { readFile, writeFile } from "node:fs/promises";
import { createHttpStore } from "@cwd/adapters/http";
import {
  danglingLinks,
  exportPartnership,
  type ImportSummary,
  importPartnership,
  parseExchangeDocument,
  type Store,
} from "@cwd/core";
import { Command } from "commander";
import { ConfigError, type ConfigFlags, readConfig } from "../config.js";
import { openStorage } from "../storage.js";

interface TransferFlags extends ConfigFlags {
  api?: string;
  token?: string;
}

const storageHelp =
  "Storage: a running server's API with --api, else PostgreSQL when DATABASE_URL is set, else PGlite in --data-dir (CWD_DATA_DIR, default .cwd-data).";

function withStorageOptions(command: Command): Command {
  return command
    .option("--data-dir <dir>", "PGlite data folder (not while `cwd serve` has it open: use --api)")
    .option("--api <url>", "a running server's API, such as http://localhost:8080/api")
    .option("--token <token>", "token for --api (default: CWD_TOKEN, then CWD_ADMIN_TOKEN)");
}

/**
 * The store to import into or export from: a running server through its API, or the storage
 * `cwd serve` would open. PGlite admits one process per data folder, so beside a running server the
 * API is the way in.
 */
async function openTransferStore(flags: TransferFlags, env = process.env): Promise<Store> {
  if (flags.api === undefined) return (await openStorage(readConfig(flags))).store;
  const token = flags.token ?? (env.CWD_TOKEN?.trim() || env.CWD_ADMIN_TOKEN?.trim() || undefined);
  // Without a token an import would write only what the public may, and an export would quietly
  // leave out drafts and responses: refuse before doing half the work.
  if (!token) throw new ConfigError("--api needs an admin or editor token: pass --token or set CWD_TOKEN");
  return apiStore(flags.api, token);
}

/** A store over a running server's API; `http://host:8080` means its `/api`. */
export function apiStore(api: string, token: string | undefined): Store {
  const url = new URL(api);
  if (url.pathname === "/" || url.pathname === "") url.pathname = "/api";
  return createHttpStore({ baseUrl: url.toString(), token, timeoutMs: 60_000 });
}

/** "partnership unchanged; surveys 1 created, 0 updated, 0 unchanged; responses 3 stored, 0 already there" */
function describeImport(summary: ImportSummary): string {
  const parts = Object.entries(summary).map(([field, counts]) => {
    if (typeof counts === "string") return `${field} ${counts}`;
    const c = counts as { created: number; updated?: number; unchanged: number };
    return c.updated === undefined
      ? `${field} ${c.created} stored, ${c.unchanged} already there`
      : `${field} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;
  });
  return parts.join("; ");
}

export function importCommand(): Command {
  return withStorageOptions(
    new Command("import")
      .argument("<file>")
      .description(
        `Import an exchange document (cwd.partnership/v1 JSON) into storage; safe to repeat. ${storageHelp}`,
      ),
  ).action(async (file: string, flags: TransferFlags) => {
    const document = parseExchangeDocument(JSON.parse(await readFile(file, "utf8")));
    for (const { path, message } of danglingLinks(document)) console.warn(`warning: ${path}: ${message}`);
    const store = await openTransferStore(flags);
    try {
      const summary = await importPartnership(store, document);
      console.log(`${document.partnership.id}: ${describeImport(summary)}.`);
    } finally {
      await store.close();
    }
  });
}

export function exportCommand(): Command {
  return withStorageOptions(
    new Command("export")
      .argument("<partnershipId>")
      .description(`Export a partnership as an exchange document (cwd.partnership/v1 JSON). ${storageHelp}`),
  )
    .option("--responses", "include survey responses")
    .option("-o, --output <file>", "write to a file instead of standard output")
    .action(
      async (partnershipId: string, flags: TransferFlags & { responses?: boolean; output?: string }) => {
        const store = await openTransferStore(flags);
        try {
          const document = await exportPartnership(store, partnershipId, { withResponses: flags.responses });
          const json = `${JSON.stringify(document, null, 2)}\n`;
          if (flags.output) await writeFile(flags.output, json);
          else process.stdout.write(json);
        } finally {
          await store.close();
        }
      },
    );
}
