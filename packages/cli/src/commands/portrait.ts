import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import {
  ConflictError,
  NotFoundError,
  type Series,
  type SeriesHeader,
  seriesFromBdl,
  seriesFromCsv,
} from "@cwd/core";
import { Command } from "commander";
import type { ConfigFlags } from "../config.js";
import { withStorage } from "./progress.js";

interface PortraitFlags extends ConfigFlags {
  partnership: string;
  series: string;
  variable: string;
  unit: string;
  measure: string;
  source: string;
  bdlVariable?: string;
  sample?: boolean;
}

/** The series with the imported values added, a member's value for a year replacing the one stored. */
function mergeValues(stored: Series, imported: Series): Series {
  const key = (v: Series["values"][number]) => `${v.memberId}/${v.year}`;
  const replaced = new Set(imported.values.map(key));
  return {
    ...stored,
    ...imported,
    values: [...stored.values.filter((v) => !replaced.has(key(v))), ...imported.values],
  };
}

function importCommand(): Command {
  return new Command("import")
    .argument(
      "<file>",
      "a GUS BDL API JSON file (/data/by-variable or /data/by-unit) or a CSV (memberId or terc, year, value)",
    )
    .description(
      "Import a statistic into a partnership's portrait; values for the same member and year are replaced.",
    )
    .requiredOption("--partnership <id>", "the partnership")
    .requiredOption("--series <id>", "the series id, such as ludnosc")
    .requiredOption("--variable <name>", "what it measures, in Polish")
    .requiredOption("--unit <unit>", "its unit, such as osoby or %")
    .requiredOption("--measure <measure>", "count (summed over members) or rate (population-weighted mean)")
    .requiredOption("--source <source>", "where the figures come from")
    .option("--bdl-variable <id>", "the GUS BDL variable id (needed for a /data/by-unit file)")
    .option("--sample", "the figures are made up, for a demonstration")
    .option("--data-dir <dir>", "PGlite data folder")
    .action(async (file: string, flags: PortraitFlags) => {
      const text = await readFile(file, "utf8");
      await withStorage(flags, async (store) => {
        const partnership = await store.get("partnerships", {
          partnershipId: flags.partnership,
          id: flags.partnership,
        });
        const header = {
          id: flags.series,
          partnershipId: flags.partnership,
          variable: { pl: flags.variable },
          unit: flags.unit,
          measure: flags.measure,
          source: flags.source,
          ...(flags.bdlVariable ? { bdlVariableId: flags.bdlVariable } : {}),
          ...(flags.sample ? { sample: true } : {}),
        } as SeriesHeader;
        const { series, skipped } =
          extname(file).toLowerCase() === ".json"
            ? seriesFromBdl(JSON.parse(text), partnership, header)
            : { series: seriesFromCsv(text, partnership, header), skipped: [] };
        const stored = await store
          .get("series", { partnershipId: flags.partnership, id: flags.series })
          .catch((error: unknown) => {
            if (error instanceof NotFoundError) return undefined;
            throw error;
          });
        const merged = stored ? { ...mergeValues(stored, series), version: stored.version } : series;
        const saved = await store.put("series", merged).catch((error: unknown) => {
          if (error instanceof ConflictError)
            throw new ConflictError(`${error.message} (someone else changed ${flags.series} meanwhile)`);
          throw error;
        });
        const skippedNote =
          skipped.length > 0
            ? `; skipped units that are not members: ${skipped.map((u) => u.name ?? u.unitId).join(", ")}`
            : "";
        console.log(
          `${flags.partnership}/${flags.series}: ${series.values.length} values imported, ${saved.values.length} in the series (version ${saved.version})${skippedNote}.`,
        );
      });
    });
}

export function portraitCommand(): Command {
  return new Command("portrait")
    .description("The partnership's portrait: statistics per member and year.")
    .addCommand(importCommand());
}
