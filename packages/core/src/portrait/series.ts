import * as z from "zod/mini";
import { DocumentId, LocalisedText, Version, wellFormedText } from "../schema/common.js";

const Year = z
  .int()
  .check(z.gte(1900, "must be a year from 1900 on"), z.lte(2100, "must be a year up to 2100"));
const Text = (max: number, what: string) =>
  z.string().check(z.trim(), z.minLength(1, `${what} is required`), z.maxLength(max), wellFormedText);

/**
 * How a series adds up over the partnership: `count` (people, firms: summed) or `rate` (a share or
 * a figure per inhabitant: averaged, weighted by population).
 */
export const seriesMeasures = ["count", "rate"] as const;
export const referenceAreas = ["voivodeship", "poland"] as const;

/** One member's value in one year. */
export const SeriesValue = z.object({ memberId: DocumentId, year: Year, value: z.number() });
export type SeriesValue = z.infer<typeof SeriesValue>;

/**
 * A statistic of the partnership's portrait (raport diagnostyczny): one variable, its values by
 * member and year, where they come from, and optionally the same variable for reference areas
 * (the voivodeship, Poland).
 */
export const Series = z
  .object({
    id: DocumentId,
    partnershipId: DocumentId,
    version: z.optional(Version),
    variable: LocalisedText,
    unit: Text(100, "the unit"),
    measure: z.enum(seriesMeasures),
    /** The GUS BDL variable id (zmienna), when it comes from BDL. */
    bdlVariableId: z.optional(z.string().check(z.regex(/^\d{1,10}$/, "must be a BDL variable id (digits)"))),
    values: z.array(SeriesValue).check(z.maxLength(20_000)),
    reference: z.optional(
      z.array(
        z.object({
          area: z.enum(referenceAreas),
          name: Text(200, "the name"),
          values: z.array(z.object({ year: Year, value: z.number() })).check(z.maxLength(500)),
        }),
      ),
    ),
    source: Text(1000, "the source"),
    /** Made-up figures standing in where no real one was at hand. */
    sample: z.optional(z.literal(true)),
  })
  .check(
    z.superRefine((series, ctx) => {
      const seen = new Set<string>();
      series.values.forEach((v, i) => {
        const key = `${v.memberId}/${v.year}`;
        if (seen.has(key))
          ctx.issues.push({
            code: "custom",
            path: ["values", i],
            message: `${v.memberId} has two values for ${v.year}`,
            input: v,
          });
        seen.add(key);
      });
    }),
  );
export type Series = z.infer<typeof Series>;
