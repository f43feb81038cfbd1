import { createMemoryStore } from "@cwd/adapters/memory";
import { describe, expect, it } from "vitest";
import { readConfig } from "../config.js";
import { seedDemo } from "../seed.js";
import { createApp } from "../server.js";

async function portal() {
  const store = createMemoryStore();
  await seedDemo(store);
  const app = createApp(store, readConfig({ port: "0" }, {}));
  return async (path: string) => (await app.fetch(new Request(`http://localhost${path}`))).text();
}

describe("the survey results pages of the demo portal", () => {
  it("embed the results of a closed survey", async () => {
    const get = await portal();
    const page = await get("/ankiety/bank-uczniowie/wyniki");
    expect(page).toContain('<cwd-survey-results api="/api" partnership="ziemia-wysokomazowiecka"');
  });

  it("say an open survey's results come when it closes, rather than embed a widget the API refuses", async () => {
    const get = await portal();
    const page = await get("/ankiety/ankieta-mieszkancow/wyniki");
    expect(page).toContain("Wyniki zostaną opublikowane po jej zakończeniu.");
    expect(page).toContain('<a href="/ankiety/ankieta-mieszkancow">Wypełnij ankietę</a>');
    expect(page).not.toContain("<cwd-survey-results");
  });
});
