import { issueToken, type TokenInfo } from "@cwd/adapters/handler";
import { Role, ValidationError } from "@cwd/core";
import { Command, Option } from "commander";
import { type ConfigFlags, readConfig } from "../config.js";
import { openStorage } from "../storage.js";

type StorageFlags = Pick<ConfigFlags, "dataDir">;

/**
 * `cwd token create|list|revoke`: tokens with a role, on the same storage as `cwd serve`
 * (`--data-dir`, DATABASE_URL). A token is printed once, when it is made; only its hash is kept.
 */
export function tokenCommand(): Command {
  const token = new Command("token").description(
    "Make, list and revoke API tokens with a role (admin, or editor, moderator, assessor or analyst of one partnership). Storage as for `cwd serve`: DATABASE_URL, else PGlite in --data-dir.",
  );
  token
    .command("create")
    .description("make a token and print it once")
    .requiredOption("--label <label>", 'who holds it, e.g. "UG Klukowo"')
    .addOption(new Option("--role <role>", "what it may do").choices(Role.options).makeOptionMandatory())
    .option("--partnership <id>", "the partnership it holds in (every role but admin)")
    .option(
      "--expires <date>",
      "last day it works (YYYY-MM-DD, through the end of that day UTC) or an ISO instant",
    )
    .option("--data-dir <dir>", "PGlite data folder")
    .action(
      async (flags: StorageFlags & { label: string; role: string; partnership?: string; expires?: string }) =>
        withStorage(flags, async ({ store, tokens }) => {
          if (flags.partnership !== undefined)
            await store.get("partnerships", { partnershipId: flags.partnership, id: flags.partnership });
          const issued = await issueToken(tokens, {
            label: flags.label,
            role: flags.role,
            partnershipId: flags.partnership,
            expiresAt: flags.expires === undefined ? undefined : expiryOf(flags.expires),
          });
          console.log(issued.token);
          console.error(
            `Made token ${issued.id} (${describe(issued)}). Copy it now: it is not stored and will not be shown again.`,
          );
        }),
    );
  token
    .command("list")
    .description("list the tokens (never their secrets)")
    .option("--data-dir <dir>", "PGlite data folder")
    .action(async (flags: StorageFlags) =>
      withStorage(flags, async ({ tokens }) => {
        const all = await tokens.list();
        if (all.length === 0) console.log("No tokens. Make one with `cwd token create`.");
        for (const info of all) console.log(`${info.id}  ${describe(info)}`);
      }),
    );
  token
    .command("revoke")
    .description("revoke a token: refused from its next request on")
    .argument("<id>", "the token's id, as `cwd token list` shows it")
    .option("--data-dir <dir>", "PGlite data folder")
    .action(async (id: string, flags: StorageFlags) =>
      withStorage(flags, async ({ tokens }) => {
        const revoked = await tokens.revoke(id, new Date().toISOString());
        if (!revoked)
          throw new ValidationError([{ path: "id", message: `no token ${id}; see \`cwd token list\`` }]);
        console.log(`Revoked ${revoked.id} (${describe(revoked)}).`);
      }),
    );
  return token;
}

async function withStorage(
  flags: StorageFlags,
  work: (storage: Awaited<ReturnType<typeof openStorage>>) => Promise<void>,
): Promise<void> {
  const storage = await openStorage(readConfig(flags));
  try {
    await work(storage);
  } finally {
    await storage.store.close();
  }
}

/** A plain date means the whole of that day, in UTC. */
function expiryOf(text: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T23:59:59.999Z` : text;
}

function describe(info: TokenInfo): string {
  const role = info.partnershipId ? `${info.role} of ${info.partnershipId}` : info.role;
  const states = [
    `made ${info.createdAt}`,
    info.expiresAt && `expires ${info.expiresAt}`,
    info.revokedAt && `REVOKED ${info.revokedAt}`,
  ];
  return `"${info.label}", ${role}, ${states.filter(Boolean).join(", ")}`;
}
