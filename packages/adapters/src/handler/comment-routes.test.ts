// Consultations over the API: what the public, a moderator and an editor may do, and what each sees.
import type { Comment, Consultation, Store } from "@cwd/core";
import { beforeEach, describe, expect, it } from "vitest";
import { aComment, consultation, partnership } from "../../test/consultation.js";
import { createHandler } from "../handler.js";
import { createMemoryStore } from "../memory.js";
import { createMemoryTokenStore } from "../tokens/memory.js";
import { issueToken } from "../tokens/store.js";

const base = `http://cwd.test/api/partnerships/${partnership.id}/consultations/${consultation.id}`;
let store: Store;
let handler: ReturnType<typeof createHandler>;
let moderator: string;
let editor: string;

async function setUp(over: Partial<Consultation> = {}) {
  store = createMemoryStore();
  const tokens = createMemoryTokenStore();
  handler = createHandler(store, { tokens });
  await store.put("partnerships", partnership);
  await store.put("consultations", { ...consultation, ...over });
  const make = async (role: string) =>
    (await issueToken(tokens, { label: `UG ${role}`, role, partnershipId: partnership.id })).token;
  moderator = await make("moderator");
  editor = await make("editor");
}

function call(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  return handler.fetch(
    new Request(`${base}${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: {
        ...(init.body !== undefined && { "Content-Type": "application/json" }),
        ...(init.token !== undefined && { Authorization: `Bearer ${init.token}` }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
  );
}

async function post(comment: Comment) {
  const res = await call("/comments", { body: comment });
  expect(res.status, await res.clone().text()).toBe(201);
}

const thread = async (query = "") => (await (await call(`/thread${query}`)).json()).items;

describe("comments over the API", () => {
  beforeEach(() => setUp());

  it("lets the public comment, reply and report; three reports hide a comment until a moderator restores it", async () => {
    const comment = aComment();
    await post(comment);
    await post(aComment({ replyTo: comment.id, stance: "in_favour" }));
    const [entry] = await thread();
    expect(entry.comment.text).toBe(comment.text);
    expect(entry.replies[0].level).toBe(2);

    for (let i = 0; i < 3; i++)
      expect((await call(`/comments/${comment.id}/reports`, { method: "POST" })).status).toBe(201);
    expect((await thread())[0]).toMatchObject({ status: "hidden" });
    expect((await thread())[0].comment).toBeUndefined();

    const restored = await call(`/comments/${comment.id}/restore`, {
      body: { reason: "uwaga rzeczowa" },
      token: moderator,
    });
    expect(restored.status).toBe(201);
    expect(await restored.json()).toMatchObject({
      action: "restore",
      by: "UG moderator",
      reason: "uwaga rzeczowa",
    });
    expect((await thread())[0].status).toBe("published");
  });

  it("refuses the public to publish, hide, restore or answer, a moderator to answer; an editor may answer", async () => {
    const comment = aComment();
    await post(comment);
    const path = `/comments/${comment.id}`;
    const answer = { position: "partly_accepted", justification: { pl: "Uzupełnimy dane." } };
    expect((await call(`${path}/publish`, { method: "POST" })).status).toBe(401);
    expect((await call(`${path}/hide`, { body: { reason: "x" } })).status).toBe(401);
    expect((await call(`${path}/restore`, { body: { reason: "x" } })).status).toBe(401);
    expect((await call(`${path}/answer`, { method: "PUT", body: answer })).status).toBe(401);
    expect((await call(`${path}/answer`, { method: "PUT", body: answer, token: moderator })).status).toBe(
      403,
    );
    const answered = await call(`${path}/answer`, { method: "PUT", body: answer, token: editor });
    expect(answered.status).toBe(201);
    expect((await thread())[0].answer).toMatchObject({
      position: "partly_accepted",
      justification: answer.justification,
    });
    const stale = await call(`${path}/answer`, { method: "PUT", body: answer, token: editor });
    expect(stale.status).toBe(409);
  });

  it("needs a reason to hide, and shows it", async () => {
    const comment = aComment();
    await post(comment);
    const bare = await call(`/comments/${comment.id}/hide`, { body: {}, token: moderator });
    expect(bare.status).toBe(400);
    expect((await bare.json()).error.issues).toEqual([{ path: "reason", message: "is required" }]);
    await call(`/comments/${comment.id}/hide`, { body: { reason: "dane osobowe" }, token: editor });
    expect((await thread())[0]).toMatchObject({ status: "hidden", reason: "dane osobowe" });
  });

  it("drops a bot's comment silently, and refuses a reply to a comment on another target", async () => {
    const bot = aComment({ website: "http://spam.example" });
    await post(bot);
    expect(await store.listSubmissions("comments", { partnershipId: partnership.id })).toEqual({ items: [] });
    const elsewhere = aComment({ target: { kind: "section", id: "demografia" } });
    await post(elsewhere);
    const reply = await call("/comments", { body: aComment({ replyTo: elsewhere.id }) });
    expect(reply.status).toBe(400);
    expect((await reply.json()).error.issues).toEqual([
      { path: "replyTo", message: "is not a comment on the same target" },
    ]);
  });

  it("keeps one target's thread apart and serves its Atom feed", async () => {
    const onSection = aComment({ target: { kind: "section", id: "demografia" }, text: "<b>sekcja</b>" });
    await post(onSection);
    await post(aComment());
    expect((await thread("?target=section:demografia")).map((e: { id: string }) => e.id)).toEqual([
      onSection.id,
    ]);
    const feed = await call("/feed.atom?target=section:demografia");
    expect(feed.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await feed.text();
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).toContain("&#60;b&#62;sekcja&#60;/b&#62;");
  });
});

describe("moderation before publication", () => {
  beforeEach(() => setUp({ moderation: "before" }));

  it("holds comments in the queue until a moderator publishes them", async () => {
    const comment = aComment();
    await post(comment);
    expect(await thread()).toEqual([]);
    const queue = await (await call("/queue", { token: moderator })).json();
    expect(
      queue.items.map((i: { comment: Comment; status: { status: string } }) => [
        i.comment.id,
        i.status.status,
      ]),
    ).toEqual([[comment.id, "awaiting"]]);
    expect((await call(`/comments/${comment.id}/publish`, { method: "POST", token: moderator })).status).toBe(
      201,
    );
    expect((await thread())[0].id).toBe(comment.id);
    expect((await (await call("/queue", { token: moderator })).json()).items).toEqual([]);
  });

  it("lists every comment to a moderator with `?view=all`, hidden ones too, so one hidden without reports can be restored", async () => {
    const [waiting, hidden] = [aComment(), aComment()];
    await post(waiting);
    await post(hidden);
    const reason = { reason: "poza tematem" };
    expect((await call(`/comments/${hidden.id}/hide`, { body: reason, token: moderator })).status).toBe(201);
    const statuses = async () =>
      (await (await call("/queue?view=all", { token: moderator })).json()).items.map(
        (i: { comment: Comment; status: { status: string } }) => [i.comment.id, i.status.status],
      );
    expect((await (await call("/queue", { token: moderator })).json()).items).toHaveLength(1);
    expect(new Map(await statuses())).toEqual(
      new Map([
        [waiting.id, "awaiting"],
        [hidden.id, "hidden"],
      ]),
    );
    expect((await call(`/comments/${hidden.id}/restore`, { body: reason, token: moderator })).status).toBe(
      201,
    );
    expect(new Map(await statuses()).get(hidden.id)).toBe("published");
    expect((await call("/queue?view=everything", { token: moderator })).status).toBe(400);
  });
});

describe("the report", () => {
  beforeEach(() => setUp());

  it("is the moderators' until published, then public in every format", async () => {
    const comment = aComment({ memberId: "gmina-klukowo" });
    await post(comment);
    expect((await call("/report")).status).toBe(404);
    expect((await call("/report", { token: moderator })).status).toBe(200);
    const stored = await store.get("consultations", { partnershipId: partnership.id, id: consultation.id });
    await store.put("consultations", {
      ...stored,
      opensAt: "2026-01-02T00:00:00Z",
      closesAt: "2026-01-03T00:00:00Z",
      reportPublishedAt: "2026-01-04T00:00:00Z",
    });
    const json = await (await call("/report")).json();
    expect(json.entries.map((e: { comment: Comment }) => e.comment.id)).toEqual([comment.id]);
    expect(json.counts.byMember).toEqual({ "gmina-klukowo": 1 });
    const csv = await (await call("/report?format=csv")).text();
    expect(csv).toContain("Klukowo");
    expect((await call("/report?format=html")).headers.get("Content-Type")).toContain("text/html");
    expect(await (await call("/report?format=md")).text()).toMatch(/^# Raport z konsultacji/);
  });
});

describe("readers' reports, counted once per reader without keeping addresses", () => {
  let client = "";
  beforeEach(async () => {
    await setUp({ hideAfterReports: 2 });
    handler = createHandler(store, { clientAddress: () => client });
  });

  it("counts two reports from one address once, from two addresses twice", async () => {
    const comment = aComment();
    await post(comment);
    const report = async (address: string) => {
      client = address;
      const res = await call(`/comments/${comment.id}/reports`, { method: "POST" });
      expect(res.status).toBe(201);
      return res.json();
    };
    const first = await report("203.0.113.7");
    await report("203.0.113.7");
    expect((await thread())[0].status).toBe("published");
    expect(first.reporter).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(first)).not.toContain("203.0.113.7");
    await report("198.51.100.4");
    expect((await thread())[0].status).toBe("hidden");
  });
});

describe("edits by the author, within the edit window", () => {
  beforeEach(() => setUp());

  async function postMine(comment: Comment): Promise<string> {
    const res = await call("/comments", { body: comment });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).not.toHaveProperty("edit");
    return body.editSecret;
  }

  it("lets the holder of the secret edit; keeps only the secret's hash; shows the new text", async () => {
    const comment = aComment();
    const secret = await postMine(comment);
    expect(secret).toMatch(/^[0-9a-f]{48}$/);
    const stored = (await store.listSubmissions("comments", { partnershipId: partnership.id })).items[0];
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored?.edit?.keyHash).toMatch(/^[0-9a-f]{64}$/);
    const res = await call(`/comments/${comment.id}/edit`, {
      body: { secret, text: "Poprawiona uwaga.", stance: "against" },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    expect((await thread())[0].comment).toMatchObject({ text: "Poprawiona uwaga.", stance: "against" });
    expect((await thread())[0].comment.edit).toBeUndefined();
  });

  it("refuses a wrong secret, a secret the client chose, and an edit after the window, naming why", async () => {
    const comment = aComment();
    await postMine(comment);
    const wrong = await call(`/comments/${comment.id}/edit`, { body: { secret: "zgadnięty", text: "X" } });
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error.message).toBe("the edit secret does not match this comment");
    const chosen = await call("/comments", {
      body: { ...aComment(), edit: { keyHash: "a".repeat(64), until: "2099-01-01T00:00:00Z" } },
    });
    expect(chosen.status).toBe(400);

    await setUp({ editMinutes: 0 });
    const late = aComment();
    const secret = await postMine(late);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const res = await call(`/comments/${late.id}/edit`, { body: { secret, text: "Za późno." } });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toMatch(/^the time to edit this comment ended at /);
  });
});
