import { writeFile } from "node:fs/promises";
import { codeDigest, invitationCode } from "@cwd/core";
import { Command, InvalidArgumentError } from "commander";
import { type ConfigFlags, readConfig } from "../config.js";
import { openStorage } from "../storage.js";

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new InvalidArgumentError("must be a whole number from 1 to 1000");
  return n;
}

/**
 * `cwd codes create`: single-use invitation codes for a survey (one per leader, or a batch per class),
 * or with `--round` for a budget vote (one ballot per code). The survey or round keeps only their
 * digests; the codes are printed once and kept nowhere else.
 */
export function codesCommand(): Command {
  const create = new Command("create")
    .argument("<partnershipId>")
    .argument("<surveyId>", "the survey's id, or with --round the budget round's")
    .description(
      "Create single-use invitation codes for a survey: from then on it takes responses with a code only, one per code. The codes are printed once; the survey keeps digests only. Storage: PostgreSQL when DATABASE_URL is set, else PGlite in --data-dir.",
    )
    .option("--count <n>", "how many codes (1-1000)", count, 1)
    .option("--round", "the id is a budget round's: codes for its ballots, one ballot per code")
    .option("--data-dir <dir>", "PGlite data folder")
    .option("-o, --output <file>", "write the codes to a file instead of standard output")
    .action(
      async (
        partnershipId: string,
        surveyId: string,
        flags: ConfigFlags & { count: number; output?: string; round?: boolean },
        command: Command,
      ) => {
        const { store } = await openStorage(readConfig(flags));
        try {
          const codes = Array.from({ length: flags.count }, () =>
            invitationCode(crypto.getRandomValues(new Uint8Array(12))),
          );
          const added = codes.map((c) => codeDigest(surveyId, c));
          let digests: string[];
          if (flags.round) {
            const round = await store.get("rounds", { partnershipId, id: surveyId });
            if (round.type !== "budget")
              command.error(
                `cwd codes: round ${surveyId} is an assessment round; codes are for budget votes`,
              );
            digests = [...(round.invitationCodes?.digests ?? []), ...added];
            await store.put("rounds", { ...round, invitationCodes: { digests } });
          } else {
            const survey = await store.get("surveys", { partnershipId, id: surveyId });
            digests = [...(survey.invitationCodes?.digests ?? []), ...added];
            await store.put("surveys", { ...survey, invitationCodes: { digests } });
          }
          const text = `${codes.join("\n")}\n`;
          if (flags.output) await writeFile(flags.output, text, { mode: 0o600 });
          else process.stdout.write(text);
          const holder = flags.round ? "round" : "survey";
          console.error(
            `${surveyId}: ${codes.length} codes created; the ${holder} now has ${digests.length}.`,
          );
        } finally {
          await store.close();
        }
      },
    );
  return new Command("codes").description("Invitation codes for surveys and budget votes").addCommand(create);
}
