import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { responsesOf, surveyCsv, surveyResults } from "@cwd/core";
import { Command, InvalidArgumentError } from "commander";
import { type ConfigFlags, readConfig } from "../config.js";
import { openStorage } from "../storage.js";
import { resultsHtml } from "./results-html.js";

interface ResultsFlags extends ConfigFlags {
  by?: string;
  where?: { question: string; option: string };
  k?: number;
  json?: boolean;
  csv?: boolean;
  html?: boolean;
  semicolon?: boolean;
  weighted: boolean;
  output?: string;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number, 1 or more");
  return n;
}

function questionEqualsOption(value: string): { question: string; option: string } {
  const [question, option, ...rest] = value.split("=");
  if (!question || !option || rest.length > 0)
    throw new InvalidArgumentError("must be QUESTION=OPTION, e.g. gmina=gmina-klukowo");
  return { question, option };
}

/** `cwd results`: a survey's results document, a printable report, or its responses as CSV. */
export function resultsCommand(): Command {
  return new Command("results")
    .argument("<partnershipId>")
    .argument("<surveyId>")
    .description(
      "A survey's results: the results document (--json, the default), a printable HTML report (--html) or the responses as CSV (--csv). Storage: PostgreSQL when DATABASE_URL is set, else PGlite in --data-dir (CWD_DATA_DIR, default .cwd-data).",
    )
    .option("--data-dir <dir>", "PGlite data folder")
    .option("--by <question>", "crosstab every choice question by this choice or member question")
    .option(
      "--where <question=option>",
      "count only respondents who chose this option (a member, an audience); figures on fewer than k are hidden",
      questionEqualsOption,
    )
    .option("--k <n>", "smallest count a crosstab cell shows (default 5)", positiveInt)
    .option("--no-weighted", "leave out figures weighted by member population")
    .option("--json", "print the results document (default)")
    .option("--html", "print a printable HTML report")
    .option("--csv", "print the responses as CSV (UTF-8 with BOM)")
    .option("--semicolon", "with --csv: separate by ; for Excel set to Polish")
    .option("-o, --output <file>", "write to a file instead of standard output")
    .action(async (partnershipId: string, surveyId: string, flags: ResultsFlags) => {
      const formats = [flags.json, flags.csv, flags.html].filter(Boolean).length;
      if (formats > 1) throw new InvalidArgumentError("choose one of --json, --csv and --html");
      const { store } = await openStorage(readConfig(flags));
      try {
        if (flags.csv) {
          const survey = await store.get("surveys", { partnershipId, id: surveyId });
          const lines = surveyCsv(survey, responsesOf(store, partnershipId, surveyId), {
            separator: flags.semicolon ? ";" : ",",
          });
          // Streamed line by line: 250,000 responses never sit in memory at once.
          await pipeline(
            Readable.from(lines),
            flags.output ? createWriteStream(flags.output) : process.stdout,
            {
              end: Boolean(flags.output),
            },
          );
          return;
        }
        const options = { by: flags.by, k: flags.k, weighted: flags.weighted, where: flags.where };
        const results = await surveyResults(store, partnershipId, surveyId, options);
        const text = flags.html
          ? resultsHtml(await store.get("surveys", { partnershipId, id: surveyId }), results)
          : `${JSON.stringify(results, null, 2)}\n`;
        if (flags.output) await writeFile(flags.output, text);
        else process.stdout.write(text);
      } finally {
        await store.close();
      }
    });
}
