import { createHandler, createMemoryTokenStore } from "@cwd/adapters/handler";
import { createMemoryStore } from "@cwd/adapters/memory";
import type { Comment, Store } from "@cwd/core";
import { aComment, consultation, partnership } from "../comments/fixtures.js";

export { consultation, partnership };

export const api = "http://cwd.test/api";
const adminToken = "admin-token-for-tests";

/**
 * The real API over a memory store, with a consultation moderated before publication: one comment
 * awaiting (from a member gmina), one published and reported by a reader (`queued: false` leaves them
 * out), `extra`, with `hidden` one a moderator hid without any report (in no queue, only in the list
 * of every comment), and with `answered` the partnership's answer to the reported one in both languages.
 */
export async function serve({
  extra = [],
  queued = true,
  hidden = false,
  answered = false,
}: {
  extra?: Comment[];
  queued?: boolean;
  hidden?: boolean;
  answered?: boolean;
} = {}) {
  const store: Store = createMemoryStore();
  await store.put("partnerships", partnership);
  await store.put("consultations", { ...consultation, moderation: "before" });
  const awaiting = aComment({ name: "Jan", memberId: "gmina-klukowo", text: "Proszę o więcej autobusów." });
  const reported = aComment({ text: "Reklama sklepu", submittedAt: "2026-02-02T10:00:00Z" });
  for (const comment of queued ? [awaiting, reported, ...extra] : extra)
    await store.submit("comments", comment);
  const step = { partnershipId: partnership.id, consultationId: consultation.id, commentId: reported.id };
  if (queued)
    await store.submit("moderation", {
      ...step,
      id: crypto.randomUUID(),
      action: "publish",
      at: "2026-02-02T11:00:00Z",
      by: "m",
    });
  if (queued)
    await store.submit("moderation", {
      ...step,
      id: crypto.randomUUID(),
      action: "report",
      at: "2026-02-02T12:00:00Z",
    });
  const offTopic = aComment({ name: "Ewa", text: "Nie na temat.", submittedAt: "2026-02-03T10:00:00Z" });
  if (hidden) {
    await store.submit("comments", offTopic);
    await store.submit("moderation", {
      partnershipId: partnership.id,
      consultationId: consultation.id,
      commentId: offTopic.id,
      id: crypto.randomUUID(),
      action: "hide",
      reason: "poza tematem",
      at: "2026-02-03T11:00:00Z",
      by: "m",
    });
  }
  if (answered)
    await store.put("answers", {
      id: reported.id,
      partnershipId: partnership.id,
      consultationId: consultation.id,
      commentId: reported.id,
      position: "accepted",
      justification: { pl: "Uwzględnimy.", en: "We shall take it in." },
      answeredAt: "2026-02-10T10:00:00Z",
    });
  const handler = createHandler(store, { adminToken, tokens: createMemoryTokenStore() });
  const fetch = (url: string, init: RequestInit) => handler.fetch(new Request(url, init));
  /** A new token of `role` in the partnership, made through the API as an admin would. */
  async function token(role: string): Promise<string> {
    const made = await fetch(`${api}/tokens`, {
      method: "POST",
      headers: { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({ label: `${role} w testach`, role, partnershipId: partnership.id }),
    });
    return (await made.json()).token;
  }
  const steps = async () =>
    (await store.listSubmissions("moderation", { partnershipId: partnership.id })).items.map((s) => s.action);
  return { store, fetch, token, steps, awaiting, reported, offTopic };
}
