import { writeFile } from "node:fs/promises";
import { allPages, ballotsToPabulib, type Store, ValidationError, writePabulib } from "@cwd/core";
import { Command } from "commander";
import { type ConfigFlags, readConfig } from "../config.js";
import { openStorage } from "../storage.js";

/**
 * A budget vote's ballots as a Pabulib instance text, with the projects' Polish titles as names.
 *
 * @example
 * await writeFile("glosowanie.pb", await ballotsAsPabulib(store, "ziemia-wysokomazowiecka", "glosowanie-2026"));
 */
export async function ballotsAsPabulib(
  store: Store,
  partnershipId: string,
  roundId: string,
): Promise<string> {
  const round = await store.get("rounds", { partnershipId, id: roundId });
  if (round.type !== "budget")
    throw new ValidationError([
      { path: "roundId", message: `round ${roundId} is an assessment, not a budget vote` },
    ]);
  const [projects, ballots] = await Promise.all([
    allPages((cursor) => store.list("projects", { partnershipId, cursor, limit: 100 })),
    allPages((cursor) =>
      store.listSubmissions("ballots", { partnershipId, filter: { roundId }, cursor, limit: 100 }),
    ),
  ]);
  const titles = Object.fromEntries(projects.map((p) => [p.id, p.title.pl]));
  return writePabulib(ballotsToPabulib(round, ballots, { titles }));
}

/** `cwd ballots export <partnershipId> <roundId> -o FILE.pb`, on the storage `cwd serve` uses. */
export function ballotsCommand(): Command {
  const ballots = new Command("ballots").description("Residents' ballots of budget votes.");
  ballots
    .command("export")
    .argument("<partnershipId>")
    .argument("<roundId>", "a budget round (rounds of type budget)")
    .description(
      "Write a budget vote's ballots as a Pabulib .pb file (approval votes, money in złoty), to count with `cwd budget`. Storage: PostgreSQL when DATABASE_URL is set, else PGlite in --data-dir (CWD_DATA_DIR, default .cwd-data).",
    )
    .requiredOption("-o, --output <file>", "the .pb file to write")
    .option("--data-dir <dir>", "PGlite data folder (not while `cwd serve` has it open)")
    .action(async (partnershipId: string, roundId: string, flags: ConfigFlags & { output: string }) => {
      const { store } = await openStorage(readConfig(flags));
      try {
        await writeFile(flags.output, await ballotsAsPabulib(store, partnershipId, roundId));
      } finally {
        await store.close();
      }
    });
  return ballots;
}
