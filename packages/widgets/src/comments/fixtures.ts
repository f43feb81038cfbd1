import { createHandler } from "@cwd/adapters/handler";
import { createMemoryStore } from "@cwd/adapters/memory";
import type { Comment, Consultation, Store } from "@cwd/core";
import { partnership } from "../survey/fixtures.js";
import { type ConsultationClient, httpConsultationClient } from "./client.js";

export { partnership };

/** A consultation of a draft diagnosis, open until 2099, moderated after publication. */
export const consultation: Consultation = {
  id: "konsultacje-diagnozy",
  partnershipId: partnership.id,
  title: { pl: "Projekt diagnozy", en: "Draft diagnosis" },
  description: { pl: "Prosimy o uwagi do projektu diagnozy.", en: "Please comment on the draft diagnosis." },
  kind: "strategy",
  subject: "document",
  sections: [
    {
      id: "transport",
      title: { pl: "1. Transport", en: "1. Transport" },
      paragraphs: [
        {
          id: "transport-1",
          text: { pl: "Wiele wsi nie ma połączenia autobusowego.", en: "Many villages have no bus." },
        },
        {
          id: "transport-2",
          text: { pl: "Kolej łączy Szepietowo z Warszawą.", en: "Rail links Szepietowo with Warsaw." },
        },
      ],
    },
  ],
  noticeAt: "2026-01-01T09:00:00Z",
  opensAt: "2026-01-01T09:00:00Z",
  closesAt: "2099-12-31T22:59:59Z",
  channels: [{ pl: "formularz na tej stronie", en: "the form on this page" }],
  moderation: "after",
  hideAfterReports: 3,
};

export const target = "paragraph:transport-1";

let n = 0;
export function aComment(overrides: Partial<Comment> = {}): Comment {
  n += 1;
  return {
    id: `9b1c2d3e-4f50-4a6b-8c7d-${n.toString(16).padStart(12, "0")}`,
    partnershipId: partnership.id,
    consultationId: consultation.id,
    target: { kind: "paragraph", id: "transport-1" },
    stance: "against",
    text: "Z naszej wsi nie ma jak dojechać do lekarza.",
    submittedAt: "2026-02-01T10:00:00Z",
    ...overrides,
  };
}

/** A store with the partnership and the consultation; `over` changes the consultation. */
export async function seededStore(
  over: Partial<Consultation> = {},
  comments: Comment[] = [],
): Promise<Store> {
  const store = createMemoryStore();
  await store.put("partnerships", partnership);
  await store.put("consultations", { ...consultation, ...over });
  for (const comment of comments) await store.submit("comments", comment);
  return store;
}

/** A store with a thread: a comment with a reply, the partnership's answer, and a hidden comment. */
export async function threadStore(over: Partial<Consultation> = {}): Promise<Store> {
  const first = aComment({ name: "Maria", memberId: "gmina-klukowo" });
  const reply = aComment({
    replyTo: first.id,
    stance: "in_favour",
    text: "U nas tak samo.",
    submittedAt: "2026-02-02T10:00:00Z",
  });
  const hidden = aComment({ text: "Reklama", submittedAt: "2026-02-03T10:00:00Z" });
  const store = await seededStore({}, [first, reply, hidden]);
  await store.put("answers", {
    id: first.id,
    partnershipId: partnership.id,
    consultationId: consultation.id,
    commentId: first.id,
    position: "accepted",
    justification: { pl: "Dodamy to do diagnozy.", en: "We will add it to the diagnosis." },
    answeredAt: "2026-02-10T10:00:00Z",
  });
  await store.submit("moderation", {
    id: "9b1c2d3e-4f50-4a6b-8c7d-aaaaaaaaaaaa",
    partnershipId: partnership.id,
    consultationId: consultation.id,
    commentId: hidden.id,
    action: "hide",
    reason: "reklama",
    at: "2026-02-04T10:00:00Z",
    by: "moderator",
  });
  if (Object.keys(over).length) {
    const stored = await store.get("consultations", { partnershipId: partnership.id, id: consultation.id });
    await store.put("consultations", { ...stored, ...over });
  }
  return store;
}

/** The consultation client over the real API of `store`, as a page would reach it. */
export function servedClient(store: Store): ConsultationClient {
  const handler = createHandler(store);
  return httpConsultationClient("http://cwd.test/api", {
    fetch: (url, init) => handler.fetch(new Request(url, init)),
  });
}
