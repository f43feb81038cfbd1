import * as z from "zod/mini";
import { LocalisedText } from "../schema/common.js";

/**
 * One part of the strategy that the goal tree cannot hold (a model, a policy, a framework): its text
 * or a link to where it is published (a map, a PDF), or both.
 */
export const StrategySection = z
  .object({
    text: z.optional(LocalisedText),
    link: z.optional(z.url({ protocol: /^https?$/, error: "must be an http(s) address" })),
    /** Made up for a demonstration, not adopted by the partnership. */
    sample: z.optional(z.literal(true)),
  })
  .check(
    z.refine((section) => section.text !== undefined || section.link !== undefined, {
      message: "give the section's text, a link to it, or both",
    }),
  );
export type StrategySection = z.infer<typeof StrategySection>;

/**
 * The parts of a supra-local strategy beyond its goals, directions and indicators (art. 10e ust. 3
 * pkt 4–9 u.s.g.), each filled when the partnership has it. Ids as in `strategyItems`.
 */
export const StrategySections = z.object({
  spatial_model: z.optional(StrategySection),
  spatial_policy: z.optional(StrategySection),
  osi_voivodeship: z.optional(StrategySection),
  osi_key: z.optional(StrategySection),
  implementation: z.optional(StrategySection),
  financing: z.optional(StrategySection),
});
export type StrategySections = z.infer<typeof StrategySections>;
