import type { Lang } from "../internal/lang.js";

/** A figure as the page's language writes it: "4,5" in Polish, "4.5" in English; years stay plain. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "en" ? "en-GB" : "pl-PL", { maximumFractionDigits: 2 }).format(value);
}
