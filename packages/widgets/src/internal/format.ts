// Dates and figures as residents read them. Kept apart from i18n.ts, which every page loads in the
// shared kit: only the elements that show dates or figures take these.
import type { Lang } from "./lang.js";

/**
 * A moment as residents read it, in Warsaw time whatever the reader's clock says: the partnership
 * sets its deadlines and meetings in Poland. Intl does it with no library in the bundle.
 *
 * @example
 * warsawTime("pl", "2027-06-30T21:59:00Z", { dateStyle: "long", timeStyle: "short" }); // "30 czerwca 2027 23:59"
 */
export function warsawTime(lang: Lang, instant: string, style: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(lang === "pl" ? "pl-PL" : "en-GB", {
    ...style,
    timeZone: "Europe/Warsaw",
  }).format(new Date(instant));
}

/**
 * A figure as the page's language writes it: "4,5" and "1 200 000 zł" in Polish, "4.5" in English.
 *
 * @example
 * formatNumber("pl", 0.125, { style: "percent", maximumFractionDigits: 1 }); // "12,5%"
 */
export function formatNumber(
  lang: Lang,
  value: number,
  options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 },
): string {
  return new Intl.NumberFormat(lang === "pl" ? "pl-PL" : "en-GB", options).format(value);
}
