import * as z from "zod/mini";
import { DocumentId, LocalisedText, Money, Version, wellFormedText } from "../schema/common.js";

/**
 * A good practice (dobra praktyka): what a partnership learnt and would recommend, who ran it, what
 * it cost and gave, whom to ask, and the actions and events it came from. Published in the exchange
 * document so that other partnerships can gather practices from several documents.
 */
export const Practice = z.object({
  id: DocumentId,
  partnershipId: DocumentId,
  version: z.optional(Version),
  title: LocalisedText,
  /** What was done. */
  summary: LocalisedText,
  /** Themes to filter by (`transport`, `odpady`, …). */
  themes: z.optional(z.array(DocumentId).check(z.maxLength(20))),
  /** The members that ran it. */
  ranBy: z.array(DocumentId).check(z.minLength(1, "name at least one member"), z.maxLength(500)),
  cost: z.optional(Money),
  results: z.optional(LocalisedText),
  /** Whom to ask: an office, an e-mail or a phone number. */
  contact: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(300), wellFormedText)),
  actionIds: z.optional(z.array(DocumentId).check(z.maxLength(100))),
  eventIds: z.optional(z.array(DocumentId).check(z.maxLength(100))),
  links: z.optional(
    z.array(z.url({ protocol: /^https?$/, error: "must be an http(s) address" })).check(z.maxLength(20)),
  ),
});
export type Practice = z.infer<typeof Practice>;
