// PostgreSQL going away under a running handler: every request is a 503 with Retry-After and one
// log line, and service resumes by itself when the server is back. The outage is a real one: the
// store reaches the test server through a TCP relay that this test cuts and restores.
import { readFileSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";
import type { Store } from "@cwd/core";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { createHandler } from "../handler.js";
import { openPostgresStore } from "../sql.js";

const demo = JSON.parse(
  readFileSync(new URL("../../../cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const pid = demo.partnership.id as string;

/** A relay on a fixed local port to the PostgreSQL server; `cut` drops it and every connection. */
async function relay(target: URL, port = 0): Promise<{ port: number; cut(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    port: (server.address() as { port: number }).port,
    cut: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const serverUrl = inject("postgresUrl");
describe.skipIf(!serverUrl)("the handler while PostgreSQL is down", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(serverUrl!);
  });
  afterAll(() => database?.drop());

  it("answers 503 with Retry-After, logs one line per failure, and recovers", async () => {
    const target = new URL(database.url);
    let link = await relay(target);
    const viaRelay = new URL(database.url);
    viaRelay.port = String(link.port);
    const store: Store = await openPostgresStore(viaRelay.toString());
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await store.put("partnerships", demo.partnership);
      const handler = createHandler(store);
      const read = () => handler.fetch(new Request(`http://cwd.test/api/partnerships/${pid}`));
      expect((await read()).status).toBe(200);

      await link.cut();
      for (let i = 0; i < 5; i++) {
        const res = await read();
        expect(res.status).toBe(503);
        expect(res.headers.get("Retry-After")).toBe("5");
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unavailable");
      }
      const lines = log.mock.calls.map(([line]) => String(line));
      expect(lines).toHaveLength(5);
      for (const line of lines)
        expect(line).toMatch(/^cwd handler: storage unavailable on GET \/api\/partnerships\/[^\n]*$/);

      link = await relay(target, link.port);
      expect((await read()).status).toBe(200);
    } finally {
      log.mockRestore();
      warn.mockRestore();
      await store.close();
      await link.cut();
    }
  });
});
