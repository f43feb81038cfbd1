// A consultation of the demo partnership and comments on it, for the tests of the comment routes
// and of the stores.
import { readFileSync } from "node:fs";
import type { Comment, CommentAnswer, Consultation, Partnership } from "@cwd/core";

const demo = JSON.parse(
  readFileSync(new URL("../../cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
export const partnership: Partnership = demo.partnership;

export const consultation: Consultation = {
  id: "konsultacje-diagnozy",
  partnershipId: partnership.id,
  title: { pl: "Projekt diagnozy" },
  kind: "strategy",
  subject: "document",
  sections: [
    {
      id: "demografia",
      title: { pl: "1. Demografia" },
      paragraphs: [{ id: "demografia-1", text: { pl: "Liczba mieszkańców spada od 2010 roku." } }],
    },
  ],
  noticeAt: "2026-01-01T09:00:00Z",
  opensAt: "2026-01-02T00:00:00Z",
  closesAt: "2099-12-31T23:00:00Z",
  channels: [],
  moderation: "after",
  hideAfterReports: 3,
};

let counter = 0;
/** A lower-case UUID, different on each call. */
export function uuid(): string {
  counter += 1;
  return `7d0f8a52-2c4b-4c1e-8a59-${counter.toString(16).padStart(12, "0")}`;
}

export function aComment(overrides: Partial<Comment> = {}): Comment {
  return {
    id: uuid(),
    partnershipId: partnership.id,
    consultationId: consultation.id,
    target: { kind: "paragraph", id: "demografia-1" },
    stance: "against",
    text: "Brakuje danych o dojazdach do pracy.",
    submittedAt: "2026-02-01T10:00:00Z",
    ...overrides,
  };
}

export function anAnswer(comment: Comment): CommentAnswer {
  return {
    id: comment.id,
    partnershipId: comment.partnershipId,
    consultationId: comment.consultationId,
    commentId: comment.id,
    position: "accepted",
    justification: { pl: "Dodamy dane GUS o dojazdach." },
    answeredAt: "2026-03-01T10:00:00Z",
  };
}
