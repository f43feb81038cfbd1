import { TZDate } from "@date-fns/tz";
import * as z from "zod/mini";
import { DocumentId, Instant, SubmissionId, wellFormedText } from "../schema/common.js";
import { ForbiddenError } from "../store/errors.js";
import type { PlanEvent } from "./event.js";

/**
 * A resident's sign-up for an event (zapis na wydarzenie), without an account: a name, an optional
 * contact, and consent to the event's information clause. Kept apart from any survey answers.
 */
export const EventSignup = z.object({
  id: SubmissionId,
  partnershipId: DocumentId,
  eventId: DocumentId,
  submittedAt: Instant,
  name: z.string().check(z.trim(), z.minLength(1, "the name is required"), z.maxLength(200), wellFormedText),
  /** An e-mail or a phone number, if the resident wants to be told of changes. */
  contact: z.optional(z.string().check(z.trim(), z.maxLength(200), wellFormedText)),
  consent: z.literal(true, { error: "must be true: read the information clause and agree to it" }),
});
export type EventSignup = z.infer<typeof EventSignup>;

/**
 * The instant a Europe/Warsaw wall-clock time stands for.
 *
 * @example
 * warsawInstant("2026-03-30T10:00").toISOString() // "2026-03-30T08:00:00.000Z" (summer time)
 */
export function warsawInstant(time: string): Date {
  const [day, clock] = time.split("T") as [string, string];
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = clock.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, date, hours, minutes, "Europe/Warsaw").getTime());
}

/**
 * Decides whether a store may accept a sign-up: the event takes sign-ups and has not started.
 * Its capacity is not decided here but by the store as it inserts (see `submissionLimits`), so two
 * sign-ups racing for the last place cannot both get it.
 */
export function admitSignup(event: PlanEvent, _signup: EventSignup, now: Date = new Date()): void {
  if (!event.signups) throw new ForbiddenError(`event ${event.id} takes no sign-ups`);
  if (now.getTime() >= warsawInstant(event.start).getTime())
    throw new ForbiddenError(
      `event ${event.id} started at ${event.start} (Europe/Warsaw) and takes no more sign-ups`,
    );
}

/**
 * The most sign-ups an event takes, and what a resident is told when it is full (undefined: no limit).
 *
 * @example
 * signupLimit({ ...event, signups: { capacity: 30, informationClause } })
 * // { max: 30, message: "event warsztat-1 is full: all 30 places are taken" }
 */
export function signupLimit(event: PlanEvent): { max: number; message: string } | undefined {
  const capacity = event.signups?.capacity;
  if (capacity === undefined) return undefined;
  const places = capacity === 1 ? "the only place is" : `all ${capacity} places are`;
  return { max: capacity, message: `event ${event.id} is full: ${places} taken` };
}
