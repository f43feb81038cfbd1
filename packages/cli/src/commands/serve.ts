import { Command } from "commander";
import { type ConfigFlags, readConfig } from "../config.js";
import { seedDemo } from "../seed.js";
import { startServer } from "../server.js";
import { openStorage } from "../storage.js";

export function serveCommand(): Command {
  return new Command("serve")
    .description(
      "Serve the HTTP API at /api, the widget bundle and the demo portal. Storage: PostgreSQL when DATABASE_URL is set, else PGlite in --data-dir (CWD_DATA_DIR, default .cwd-data).",
    )
    .option("-p, --port <port>", "port to listen on (PORT, default 8080)")
    .option("--host <host>", "address to listen on (HOST, default 127.0.0.1; 0.0.0.0 for all)")
    .option("--data-dir <dir>", "PGlite data folder")
    .option("--no-demo", "do not seed the demo partnership")
    .option("--quiet", "do not log each request")
    .action(async (flags: ConfigFlags & { quiet?: boolean }) => {
      const config = readConfig(flags);
      const { store, tokens, description } = await openStorage(config);
      if (config.seedDemo && (await seedDemo(store)) === "seeded")
        console.log("Seeded the demo: Partnerstwo Ziemia Wysokomazowiecka.");
      const log = flags.quiet
        ? undefined
        : (line: string) => console.log(`${new Date().toISOString()} ${line}`);
      const server = await startServer(store, config, { log, tokens });
      console.log(`cwd serve: ${server.url} (storage: ${description})`);
      console.log(
        `Moderation: ${server.url}/admin/moderacja, with a token from \`cwd token create --role moderator --partnership <id> --label <who>\`.`,
      );
      if (!config.adminToken)
        console.log(
          "No CWD_ADMIN_TOKEN set: editing through the API needs a token made with `cwd token create`.",
        );
      const stop = async () => {
        await server.close();
        await store.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
