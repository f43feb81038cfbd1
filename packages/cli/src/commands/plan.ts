import { writeFile } from "node:fs/promises";
import {
  allPages,
  CalendarDate,
  type CollectionName,
  type DocumentOf,
  eventsToIcs,
  isLate,
  parse,
  planSchedule,
  type Store,
  type Stored,
} from "@cwd/core";
import { TZDate } from "@date-fns/tz";
import { Command } from "commander";
import { type ConfigFlags, readConfig } from "../config.js";
import { openStorage } from "../storage.js";
import { apiStore } from "./transfer.js";

const storageHelp =
  "Storage: PostgreSQL when DATABASE_URL is set, else PGlite in --data-dir (CWD_DATA_DIR, default .cwd-data), as `cwd serve` uses.";
const planStorageHelp = `${storageHelp} With --api, a running server's API instead.`;

/** Every document of a collection in one partnership, page after page. */
async function listAll<C extends CollectionName>(
  store: Store,
  collection: C,
  partnershipId: string,
): Promise<Stored<DocumentOf<C>>[]> {
  return allPages((cursor) => store.list(collection, { partnershipId, cursor, limit: 100 }));
}

interface StorageFlags extends ConfigFlags {
  api?: string;
  token?: string;
}

/** Runs `work` on a running server's API with --api (the plan is public: a token is optional), else on `cwd serve`'s storage. */
async function withStore<T>(flags: StorageFlags, work: (store: Store) => Promise<T>): Promise<T> {
  const store =
    flags.api === undefined
      ? (await openStorage(readConfig(flags))).store
      : apiStore(flags.api, flags.token ?? (process.env.CWD_TOKEN?.trim() || undefined));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Today in Warsaw, `YYYY-MM-DD`: what "late" is measured against unless --at says otherwise. */
function todayInWarsaw(): string {
  return TZDate.tz("Europe/Warsaw").toISOString().slice(0, 10);
}

export function planCommand(): Command {
  return new Command("plan")
    .argument("<partnershipId>")
    .description(
      `The joint action plan: for each action whether it is late, its slack and whether it is on the critical path. ${planStorageHelp}`,
    )
    .option("--at <date>", "the day to judge lateness on, YYYY-MM-DD (default: today in Europe/Warsaw)")
    .option("--json", "print JSON: { actions: { <id>: { late, slackDays, critical, … } }, criticalPath }")
    .option("--data-dir <dir>", "PGlite data folder")
    .option("--api <url>", "a running server's API, such as http://localhost:8080/api")
    .option("--token <token>", "token for --api (default: CWD_TOKEN; the plan is public, so none is needed)")
    .action(async (partnershipId: string, flags: StorageFlags & { at?: string; json?: boolean }) => {
      const at = flags.at === undefined ? todayInWarsaw() : parse(CalendarDate, flags.at, ["--at"]);
      const actions = await withStore(flags, async (store) => {
        await store.get("partnerships", { partnershipId, id: partnershipId });
        return listAll(store, "actions", partnershipId);
      });
      if (actions.length === 0) {
        console.log(`${partnershipId} has no actions in its plan.`);
        return;
      }
      const schedule = planSchedule(actions);
      const rows = Object.fromEntries(
        actions.map((action) => [
          action.id,
          {
            title: action.title.pl,
            status: action.status,
            start: action.start,
            end: action.end,
            late: isLate(action, at),
            ...schedule.actions[action.id],
          },
        ]),
      );
      if (flags.json) {
        const result = { partnershipId, at, start: schedule.start, finish: schedule.finish, actions: rows };
        console.log(JSON.stringify({ ...result, criticalPath: schedule.criticalPath }, null, 2));
        return;
      }
      console.log(`${partnershipId}: plan ${schedule.start} – ${schedule.finish}, judged on ${at}`);
      const header = ["action", "start", "end", "status", "late", "slack", "critical"];
      const lines = Object.entries(rows).map(([id, row]) => [
        id,
        row.start,
        row.end,
        row.status,
        row.late ? "LATE" : "",
        String(row.slackDays),
        row.critical ? "yes" : "",
      ]);
      console.log(formatTable([header, ...lines]));
      console.log(`Critical path: ${schedule.criticalPath.join(" → ")}`);
    });
}

export function eventsCommand(): Command {
  const events = new Command("events").description("The participation calendar.");
  events
    .command("ics")
    .argument("<partnershipId>")
    .description(`The partnership's events as an iCalendar (.ics) file to subscribe to. ${storageHelp}`)
    .option("-o, --output <file>", "write to a file instead of standard output")
    .option("--lang <lang>", "pl or en (default pl)")
    .option("--data-dir <dir>", "PGlite data folder")
    .action(async (partnershipId: string, flags: ConfigFlags & { output?: string; lang?: string }) => {
      const ics = await withStore(flags, async (store) => {
        const partnership = await store.get("partnerships", { partnershipId, id: partnershipId });
        const lang = flags.lang === "en" ? "en" : "pl";
        const name = lang === "en" ? (partnership.name.en ?? partnership.name.pl) : partnership.name.pl;
        return eventsToIcs(await listAll(store, "events", partnershipId), { name, stamp: new Date(), lang });
      });
      if (flags.output) await writeFile(flags.output, ics);
      else process.stdout.write(ics);
    });
  return events;
}

/** Rows of text as columns padded to their widest cell. */
function formatTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => row[c]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
