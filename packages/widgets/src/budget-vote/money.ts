import { formatNumber } from "../internal/format.js";
import type { Lang } from "../internal/lang.js";

/** Money as residents read it: `1 200 000 zł`, from grosze. */
export function money(lang: Lang, minor: number, currency: string): string {
  return formatNumber(lang, minor / 100, {
    style: "currency",
    currency,
    maximumFractionDigits: minor % 100 === 0 ? 0 : 2,
  });
}
