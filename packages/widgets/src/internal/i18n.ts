import type { LocalisedText } from "@cwd/core";
import type { Lang } from "./lang.js";

/** Text of the partnership in the reader's language, Polish when there is no translation. */
export function localised(text: LocalisedText, lang: Lang): string {
  return lang === "en" ? (text.en ?? text.pl) : text.pl;
}

/** Plural forms follow Intl.PluralRules: Polish needs one / few / many ("1 znak, 2 znaki, 5 znaków"). */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The form of `forms` that `n` takes in `lang`, with `{n}` replaced by the number.
 *
 * @example
 * plural("pl", 5, { one: "{n} znak", few: "{n} znaki", other: "{n} znaków" }); // "5 znaków"
 */
export function plural(lang: Lang, n: number, forms: Plural): string {
  const form = forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
  return form.replace("{n}", String(n));
}
