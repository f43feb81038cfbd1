import { addDays, differenceInCalendarDays, format, parseISO } from "date-fns";

/**
 * Calendar days from one `YYYY-MM-DD` day to another (negative when `to` comes first). date-fns reads
 * both as local midnights and counts calendar days, so a daylight-saving change is still one day.
 *
 * @example
 * daysBetween("2026-03-28", "2026-03-30") // 2
 */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/**
 * The day `days` calendar days after a `YYYY-MM-DD` day, as `YYYY-MM-DD`.
 *
 * @example
 * addCalendarDays("2026-10-24", 2) // "2026-10-26"
 */
export function addCalendarDays(day: string, days: number): string {
  return format(addDays(parseISO(day), days), "yyyy-MM-dd");
}
