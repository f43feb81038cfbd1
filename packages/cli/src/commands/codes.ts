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
 * `cwd codes create`: single-use invitation codes for a survey (one per leader, or a batch per class).
 * The survey keeps only their digests; the codes are printed once and kept nowhere else.
 */
export function codesCommand(): Command {
  const create = new Command("create")
    .argument("<partnershipId>")
    .argument("<surveyId>")
    .description(
      "Create single-use invitation codes for a survey: from then on it takes responses with a code only, one per code. The codes are printed once; the survey keeps digests only. Storage: PostgreSQL when DATABASE_URL is set, else PGlite in --data-dir.",
    )
    .option("--count <n>", "how many codes (1-1000)", count, 1)
    .option("--data-dir <dir>", "PGlite data folder")
    .option("-o, --output <file>", "write the codes to a file instead of standard output")
    .action(
      async (
        partnershipId: string,
        surveyId: string,
        flags: ConfigFlags & { count: number; output?: string },
      ) => {
        const { store } = await openStorage(readConfig(flags));
        try {
          const survey = await store.get("surveys", { partnershipId, id: surveyId });
          const codes = Array.from({ length: flags.count }, () =>
            invitationCode(crypto.getRandomValues(new Uint8Array(12))),
          );
          const digests = [
            ...(survey.invitationCodes?.digests ?? []),
            ...codes.map((c) => codeDigest(surveyId, c)),
          ];
          await store.put("surveys", { ...survey, invitationCodes: { digests } });
          const text = `${codes.join("\n")}\n`;
          if (flags.output) await writeFile(flags.output, text, { mode: 0o600 });
          else process.stdout.write(text);
          console.error(`${surveyId}: ${codes.length} codes created; the survey now has ${digests.length}.`);
        } finally {
          await store.close();
        }
      },
    );
  return new Command("codes").description("Invitation codes for surveys").addCommand(create);
}
