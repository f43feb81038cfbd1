import type { Lang } from "../internal/lang.js";

/** Money as residents read it: `1 200 000 zł`, from grosze. */
export function money(lang: Lang, minor: number, currency: string): string {
  return new Intl.NumberFormat(lang === "pl" ? "pl-PL" : "en-GB", {
    style: "currency",
    currency,
    maximumFractionDigits: minor % 100 === 0 ? 0 : 2,
  }).format(minor / 100);
}
