import { writeFile } from "node:fs/promises";
import {
  consultationRecords,
  consultationReport,
  NotFoundError,
  reportCsv,
  reportHtml,
  reportMarkdown,
  type Store,
} from "@cwd/core";
import { Command } from "commander";
import { type ConfigFlags, readConfig } from "../config.js";
import { openStorage } from "../storage.js";

interface ReportFlags extends ConfigFlags {
  partnership?: string;
  html?: boolean;
  md?: boolean;
  csv?: boolean;
  output?: string;
}

/** The partnership holding a consultation: the one named, else the first that has it. */
async function partnershipOf(store: Store, consultationId: string, named?: string): Promise<string> {
  if (named !== undefined) return named;
  let cursor: string | undefined;
  do {
    const page = await store.list("partnerships", { cursor, limit: 100 });
    for (const { id } of page.items) {
      const found = await store.get("consultations", { partnershipId: id, id: consultationId }).then(
        () => true,
        (error: unknown) => {
          if (error instanceof NotFoundError || (error as { code?: string }).code === "not_found")
            return false;
          throw error;
        },
      );
      if (found) return id;
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  throw new NotFoundError(`no partnership has a consultation ${consultationId}`);
}

/** `cwd report consultation <id>`: the report on a consultation, on the storage `cwd serve` uses. */
export function reportCommand(): Command {
  const consultation = new Command("consultation")
    .argument("<id>", "the consultation's id")
    .description(
      "Write the report on a consultation (raport z konsultacji): every comment once, with the partnership's answer and justification, and the counts by stance, member and target. Markdown unless --html or --csv.",
    )
    .option("--partnership <id>", "the partnership (default: the one that has the consultation)")
    .option("--html", "a printable HTML page")
    .option("--md", "Markdown (the default)")
    .option("--csv", "CSV, one row per comment")
    .option("-o, --output <file>", "write to a file instead of standard output")
    .option("--data-dir <dir>", "PGlite data folder (default: CWD_DATA_DIR, then .cwd-data)")
    .action(async (id: string, flags: ReportFlags) => {
      const { store } = await openStorage(readConfig(flags));
      try {
        const pid = await partnershipOf(store, id, flags.partnership);
        const report = consultationReport(await consultationRecords(store, pid, id));
        const partnership = await store.get("partnerships", { partnershipId: pid, id: pid });
        const names = Object.fromEntries(partnership.members.map((m) => [m.id, m.name]));
        const text = flags.html
          ? reportHtml(report, names)
          : flags.csv
            ? reportCsv(report, names)
            : reportMarkdown(report, names);
        if (flags.output) await writeFile(flags.output, text);
        else process.stdout.write(text);
      } finally {
        await store.close();
      }
    });
  return new Command("report").description("Reports for publication.").addCommand(consultation);
}
