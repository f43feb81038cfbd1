// Where a consultation stands and where a passage is in it, kept free of zod and date-fns so the
// widgets that show a consultation do not pull the schemas in.
import type {
  Consultation,
  ConsultationParagraph,
  ConsultationSection,
  ConsultationState,
} from "./consultation.js";

/**
 * Where a consultation stands at `now`: upcoming before it opens, open until it closes, closed
 * after, reported once its report is published.
 *
 * @example
 * consultationState(consultation, new Date("2026-12-01T10:00:00Z")) // "open"
 */
export function consultationState(consultation: Consultation, now: Date): ConsultationState {
  const t = now.getTime();
  if (consultation.reportPublishedAt !== undefined && t >= Date.parse(consultation.reportPublishedAt))
    return "reported";
  if (t < Date.parse(consultation.opensAt)) return "upcoming";
  if (t <= Date.parse(consultation.closesAt)) return "open";
  return "closed";
}

/** The section or paragraph with this id in a consulted document, with the section it is in. */
export function findPassageHolder(
  consultation: Consultation,
  id: string,
): { section: ConsultationSection; paragraph?: ConsultationParagraph } | undefined {
  for (const section of consultation.sections ?? []) {
    if (section.id === id) return { section };
    const paragraph = section.paragraphs.find((p) => p.id === id);
    if (paragraph) return { section, paragraph };
  }
  return undefined;
}

/**
 * Whole days, hours and minutes from `now` until a consultation closes (all zero once it has),
 * for a countdown that changes once a minute.
 *
 * @example
 * timeLeft({ closesAt: "2026-12-06T22:59:59Z" }, new Date("2026-12-04T20:00:00Z")) // { days: 2, hours: 2, minutes: 59 }
 */
export function timeLeft(
  consultation: Pick<Consultation, "closesAt">,
  now: Date,
): { days: number; hours: number; minutes: number } {
  const minutes = Math.max(0, Math.floor((Date.parse(consultation.closesAt) - now.getTime()) / 60_000));
  return {
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
  };
}
