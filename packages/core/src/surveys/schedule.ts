import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Survey } from "../schema/survey.js";

/** The partnership's time zone: opening and closing times are shown and decided in it. */
export const surveyTimeZone = "Europe/Warsaw";

/** Where a survey stands in its schedule: before `opensAt`, between, or after `closesAt`. */
export type SchedulePhase = "not_yet_open" | "open" | "closed";

/**
 * The schedule phase at `now` (a survey's status aside). `opensAt` is the first instant it takes
 * responses, `closesAt` the last.
 *
 * @example
 * schedulePhase({ ...survey, opensAt: "2026-12-01T08:00:00+01:00" }, new Date("2026-11-30T12:00:00Z")) // "not_yet_open"
 */
export function schedulePhase(survey: Pick<Survey, "opensAt" | "closesAt">, now: Date): SchedulePhase {
  if (survey.opensAt !== undefined && now.getTime() < Date.parse(survey.opensAt)) return "not_yet_open";
  if (survey.closesAt !== undefined && now.getTime() > Date.parse(survey.closesAt)) return "closed";
  return "open";
}

/**
 * An instant as a wall-clock time in Warsaw, whatever the offset it was written with or the time
 * zone of the machine: what the widget and the API's refusals show.
 *
 * @example
 * warsawTime("2026-07-01T06:00:00Z") // "2026-07-01 08:00" (summer time, UTC+2)
 */
export function warsawTime(instant: string): string {
  return format(new TZDate(Date.parse(instant), surveyTimeZone), "yyyy-MM-dd HH:mm");
}
