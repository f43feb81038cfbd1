// Records for the tests of this folder and of the adapters: one consultation of a draft diagnosis.
import type { CommentAnswer } from "./answer.js";
import type { Comment } from "./comment.js";
import type { Consultation } from "./consultation.js";
import type { ModerationStep } from "./moderation.js";

export const diagnosisConsultation: Consultation = {
  id: "konsultacje-diagnozy",
  partnershipId: "ziemia-wysokomazowiecka",
  title: { pl: "Projekt diagnozy obszaru partnerstwa" },
  kind: "strategy",
  subject: "document",
  sections: [
    {
      id: "demografia",
      title: { pl: "1. Demografia" },
      paragraphs: [
        { id: "demografia-1", text: { pl: "Liczba mieszkańców spada od 2010 roku." } },
        { id: "demografia-2", text: { pl: "Młodzi wyjeżdżają do Białegostoku i Warszawy." } },
      ],
    },
    {
      id: "transport",
      title: { pl: "2. Transport" },
      paragraphs: [{ id: "transport-1", text: { pl: "Wiele wsi nie ma połączenia autobusowego." } }],
    },
  ],
  noticeAt: "2026-11-01T09:00:00+01:00",
  opensAt: "2026-11-02T00:00:00+01:00",
  closesAt: "2026-12-06T23:59:59+01:00",
  channels: [{ pl: "e-mail: konsultacje@example.gov.pl" }],
  moderation: "after",
  hideAfterReports: 3,
};

/** A moment while the consultation is open. */
export const duringConsultation = new Date("2026-11-20T12:00:00Z");

let counter = 0;
/** A lower-case UUID, different on each call, the same across runs. */
export function testUuid(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, "0")}`;
}

export function aComment(overrides: Partial<Comment> = {}): Comment {
  return {
    id: testUuid(),
    partnershipId: "ziemia-wysokomazowiecka",
    consultationId: "konsultacje-diagnozy",
    target: { kind: "paragraph", id: "demografia-1" },
    stance: "neutral",
    text: "Brakuje danych o migracjach wahadłowych.",
    submittedAt: "2026-11-10T10:00:00Z",
    ...overrides,
  };
}

export function aStep(
  comment: Comment,
  action: ModerationStep["action"],
  at: string,
  reason?: string,
): ModerationStep {
  return {
    id: testUuid(),
    partnershipId: comment.partnershipId,
    consultationId: comment.consultationId,
    commentId: comment.id,
    action,
    at,
    ...(reason !== undefined && { reason }),
    ...(action !== "report" && { by: "moderator UG" }),
  };
}

export function anAnswer(comment: Comment, position: CommentAnswer["position"] = "accepted"): CommentAnswer {
  return {
    id: comment.id,
    partnershipId: comment.partnershipId,
    consultationId: comment.consultationId,
    commentId: comment.id,
    position,
    justification: { pl: "Uzupełnimy diagnozę o dane GUS." },
    answeredAt: "2026-12-20T10:00:00Z",
  };
}
