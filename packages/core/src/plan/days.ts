import { addDays, differenceInCalendarDays, formatISO } from "date-fns";

/**
 * Calendar days from one `YYYY-MM-DD` day to another (negative when `to` comes first). Both are read
 * as local midnights and date-fns counts calendar days, so a daylight-saving change is still one day.
 *
 * @example
 * daysBetween("2026-03-28", "2026-03-30") // 2
 */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(localDay(to), localDay(from));
}

/**
 * The day `days` calendar days after a `YYYY-MM-DD` day, as `YYYY-MM-DD`.
 *
 * @example
 * addCalendarDays("2026-10-24", 2) // "2026-10-26"
 */
export function addCalendarDays(day: string, days: number): string {
  return formatISO(addDays(localDay(day), days), { representation: "date" });
}

// The local midnight of a day, from its parts: never UTC, which would shift the day west of Greenwich.
// (date-fns's parseISO does the same, at the cost of 1 kB in a widget for forms we never accept.)
function localDay(day: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const local = new Date(year, month - 1, date);
  local.setFullYear(year); // years 0-99 would otherwise be read as 1900-1999
  return local;
}
