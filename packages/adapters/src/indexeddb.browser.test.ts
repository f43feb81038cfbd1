import { type Store, type Survey, type SurveyResponse, UnavailableError, ValidationError } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { createOutboxStore, type OutboxItem, type OutboxStore } from "./indexeddb.js";
import { createMemoryStore } from "./memory.js";

// Runs in real Chromium (the widgets project): IndexedDB is the browser's own.

const partnership = {
  id: "ziemia-wysokomazowiecka",
  name: { pl: "Partnerstwo Ziemia Wysokomazowiecka" },
  voivodeship: { name: "podlaskie", terc: "20" },
  members: [{ id: "gmina-klukowo", name: "Gmina Klukowo", kind: "gmina_wiejska", terc: "2013042" }],
} as const;

const survey: Survey = {
  id: "ankieta",
  partnershipId: partnership.id,
  title: { pl: "Ankieta" },
  audience: "residents",
  status: "open",
  sections: [
    {
      id: "s",
      title: { pl: "Pytania" },
      questions: [
        {
          id: "q",
          type: "text",
          required: true,
          multiline: false,
          maxLength: 200,
          text: { pl: "Co zmienić?" },
        },
      ],
    },
  ],
};

function response(text = "Więcej autobusów"): SurveyResponse {
  return {
    id: crypto.randomUUID(),
    partnershipId: partnership.id,
    surveyId: survey.id,
    submittedAt: "2026-03-02T10:00:00.000Z",
    answers: { q: text },
  };
}

/** A memory store behind a network that can be cut, and that can lose its answers while still storing. */
async function network() {
  const server = createMemoryStore();
  await server.put("partnerships", partnership as never);
  await server.put("surveys", survey);
  const state = { down: false, loseAnswers: false, unavailable: false };
  const store: Store = {
    ...server,
    async submit(kind, submission) {
      if (state.down) throw new TypeError("Failed to fetch");
      if (state.unavailable) throw new UnavailableError("the database is restarting", 1);
      const result = await server.submit(kind, submission);
      if (state.loseAnswers) throw new TypeError("Failed to fetch");
      return result;
    },
    close: async () => undefined,
  };
  const stored = async () =>
    (await server.listSubmissions("responses", { partnershipId: partnership.id })).items;
  return { store, state, stored };
}

const opened: OutboxStore[] = [];
function outbox(store: Store, databaseName: string): OutboxStore {
  const made = createOutboxStore({ store, databaseName, retryMs: 60_000 });
  opened.push(made);
  return made;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

function heard(store: OutboxStore, name: "cwd-outbox-sent" | "cwd-outbox-refused") {
  const items: (OutboxItem & { error?: unknown })[] = [];
  store.events.addEventListener(name, (event) => items.push((event as CustomEvent).detail));
  return items;
}

describe("createOutboxStore (IndexedDB)", () => {
  it("sends at once when the network is up, and keeps nothing", async () => {
    const { store, stored } = await network();
    const box = outbox(store, crypto.randomUUID());
    const sent = response();
    expect(await box.submit("responses", sent)).toEqual({ submission: sent, created: true, pending: false });
    expect(await box.pending()).toEqual([]);
    expect((await stored()).map((r) => r.id)).toEqual([sent.id]);
  });

  it("keeps a submission made offline across a new store (a reload) and sends it once online", async () => {
    const { store, state, stored } = await network();
    const name = crypto.randomUUID();
    state.down = true;
    const first = outbox(store, name);
    const kept = response();
    expect(await first.submit("responses", kept)).toMatchObject({ pending: true, created: false });
    await first.close();

    const second = outbox(store, name);
    const sent = heard(second, "cwd-outbox-sent");
    await second.flush(); // still offline: stays
    expect((await second.pending()).map((item) => item.submission.id)).toEqual([kept.id]);
    state.down = false;
    window.dispatchEvent(new Event("online"));
    await expect.poll(stored).toHaveLength(1);
    expect((await stored())[0]).toEqual(kept);
    await expect.poll(() => second.pending()).toEqual([]);
    expect(sent.map((item) => item.submission.id)).toEqual([kept.id]);
  });

  it("resends a submission whose answer was lost, and the server still holds it once", async () => {
    const { store, state, stored } = await network();
    const box = outbox(store, crypto.randomUUID());
    state.loseAnswers = true;
    const once = response();
    expect(await box.submit("responses", once)).toMatchObject({ pending: true });
    state.loseAnswers = false;
    await box.flush();
    await box.flush();
    expect(await box.pending()).toEqual([]);
    expect((await stored()).map((r) => r.id)).toEqual([once.id]);
  });

  it("keeps a submission while the server says it is unavailable (503)", async () => {
    const { store, state } = await network();
    const box = outbox(store, crypto.randomUUID());
    state.unavailable = true;
    expect(await box.submit("responses", response())).toMatchObject({ pending: true });
    expect(await box.pending()).toHaveLength(1);
  });

  it("drops a kept submission the server refuses, and reports it", async () => {
    const { store, state, stored } = await network();
    const box = outbox(store, crypto.randomUUID());
    const refused = heard(box, "cwd-outbox-refused");
    state.down = true;
    const empty = response("");
    await box.submit("responses", empty);
    state.down = false;
    await box.flush();
    expect(await box.pending()).toEqual([]);
    expect(await stored()).toEqual([]);
    expect(refused.map((item) => item.submission.id)).toEqual([empty.id]);
    expect(refused[0]?.error).toBeInstanceOf(ValidationError);
  });

  it("throws a refusal of a submission sent at once, as any store does", async () => {
    const { store } = await network();
    const box = outbox(store, crypto.randomUUID());
    await expect(box.submit("responses", response(""))).rejects.toBeInstanceOf(ValidationError);
    expect(await box.pending()).toEqual([]);
  });

  it("sends kept submissions oldest first", async () => {
    const { store, state, stored } = await network();
    const box = outbox(store, crypto.randomUUID());
    state.down = true;
    const ids: string[] = [];
    for (const text of ["a", "b", "c"]) {
      const made = response(text);
      ids.push(made.id);
      await box.submit("responses", made);
    }
    expect((await box.pending()).map((item) => item.submission.id)).toEqual(ids);
    state.down = false;
    await box.flush();
    expect((await stored()).map((r) => r.id).sort()).toEqual([...ids].sort());
  });
});
