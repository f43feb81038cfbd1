import { tz } from "@date-fns/tz";
import { differenceInCalendarDays } from "date-fns";
import * as z from "zod/mini";
import { DocumentId, Instant, LocalisedText, Version } from "../schema/common.js";
import {
  consultationKinds,
  type consultationStates,
  consultationSubjects,
  moderationModes,
} from "./vocabulary.js";

/** A paragraph of a consulted document, commentable on its own. */
export const ConsultationParagraph = z.object({ id: DocumentId, text: LocalisedText });
export type ConsultationParagraph = z.infer<typeof ConsultationParagraph>;

/** A section of a consulted document (rozdział): its title and paragraphs. */
export const ConsultationSection = z.object({
  id: DocumentId,
  title: LocalisedText,
  paragraphs: z.array(ConsultationParagraph).check(z.maxLength(500)),
});
export type ConsultationSection = z.infer<typeof ConsultationSection>;

/** The least number of days from the notice to the deadline of a strategy consultation (art. 6 ust. 5 u.z.p.p.r.). */
export const strategyMinimumDays = 35;

/**
 * A consultation (konsultacje): a subject put to residents and partners for comments between two
 * times, announced by a notice, through some channels, moderated before or after publication.
 * Its state follows from the times and from `reportPublishedAt` (see `consultationState`).
 */
export const Consultation = z
  .object({
    id: DocumentId,
    partnershipId: DocumentId,
    version: z.optional(Version),
    title: LocalisedText,
    description: z.optional(LocalisedText),
    kind: z.enum(consultationKinds),
    /** What is consulted; `subjectId` names it when it is a stored document (a survey). */
    subject: z.enum(consultationSubjects),
    subjectId: z.optional(DocumentId),
    /** The consulted document's text, section by section, when the subject is a document. */
    sections: z.optional(z.array(ConsultationSection).check(z.maxLength(200))),
    /** When the notice was published on the website (ogłoszenie). */
    noticeAt: Instant,
    opensAt: Instant,
    closesAt: Instant,
    /** How comments are taken besides this site (an e-mail address, a meeting, a paper form). */
    channels: z.array(LocalisedText).check(z.maxLength(20)),
    moderation: z.enum(moderationModes),
    /** Readers' reports that hide a published comment until a moderator restores it. */
    /** Minutes a comment's author may edit it from the device that sent it (`defaultEditMinutes`). */
    editMinutes: z.optional(
      z.int().check(z.gte(0, "must be 0 or more"), z.lte(1440, "must be 1440 or less")),
    ),
    hideAfterReports: z.int().check(z.gte(1, "must be 1 or more"), z.lte(100, "must be 100 or less")),
    /** When the report on the consultation (raport z konsultacji) was published. */
    reportPublishedAt: z.optional(Instant),
  })
  .check(
    z.refine((c) => Date.parse(c.noticeAt) <= Date.parse(c.opensAt), {
      message: "must not be before noticeAt",
      path: ["opensAt"],
    }),
    z.refine((c) => Date.parse(c.opensAt) < Date.parse(c.closesAt), {
      message: "must be after opensAt",
      path: ["closesAt"],
    }),
    z.refine(
      (c) => c.reportPublishedAt === undefined || Date.parse(c.reportPublishedAt) >= Date.parse(c.closesAt),
      {
        message: "must not be before closesAt",
        path: ["reportPublishedAt"],
      },
    ),
    z.refine((c) => uniqueTargetIds(c.sections ?? []), {
      message: "section and paragraph ids must be unique",
      path: ["sections"],
    }),
  );
export type Consultation = z.infer<typeof Consultation>;
export type ConsultationState = (typeof consultationStates)[number];

function uniqueTargetIds(sections: readonly ConsultationSection[]): boolean {
  const ids = sections.flatMap((s) => [s.id, ...s.paragraphs.map((p) => p.id)]);
  return new Set(ids).size === ids.length;
}

/**
 * Calendar days in Warsaw from the notice to the closing day: the notice day is not counted, the
 * closing day is (a notice on 1 November and a deadline on 6 December give 35).
 *
 * @example
 * consultationDays({ noticeAt: "2026-11-01T09:00:00+01:00", closesAt: "2026-12-06T23:59:00+01:00" }) // 35
 */
export function consultationDays(consultation: Pick<Consultation, "noticeAt" | "closesAt">): number {
  return differenceInCalendarDays(consultation.closesAt, consultation.noticeAt, { in: tz("Europe/Warsaw") });
}

/**
 * Whether a strategy consultation gives fewer than 35 days from its notice (art. 6 ust. 5
 * u.z.p.p.r.); any other consultation is never flagged.
 *
 * @example
 * tooShortForStrategy({ ...consultation, kind: "strategy" }) // true when under 35 days
 */
export function tooShortForStrategy(
  consultation: Pick<Consultation, "kind" | "noticeAt" | "closesAt">,
): boolean {
  return consultation.kind === "strategy" && consultationDays(consultation) < strategyMinimumDays;
}
