import * as z from "zod/mini";
import { DocumentId, LocalisedText, Version, wellFormedText } from "../schema/common.js";
import { Weight } from "./goal.js";
import { indicatorDirections } from "./vocabulary.js";

const Year = z
  .int()
  .check(z.gte(1900, "must be a year from 1900 on"), z.lte(2100, "must be a year up to 2100"));
const Source = z
  .string()
  .check(z.trim(), z.minLength(1, "the source is required"), z.maxLength(1000), wellFormedText);

/** A value in a given year (the baseline or the target). */
export const YearValue = z.object({ value: z.number(), year: Year });
export type YearValue = z.infer<typeof YearValue>;

/** One measured value of an indicator (pomiar), with where it comes from. */
export const Measurement = z.object({ year: Year, value: z.number(), source: z.optional(Source) });
export type Measurement = z.infer<typeof Measurement>;

/**
 * An indicator (wskaźnik) measuring an expected result of a goal: from its baseline (wartość
 * bazowa) towards its target (wartość docelowa). `decrease` means lower is better.
 */
export const Indicator = z
  .object({
    id: DocumentId,
    partnershipId: DocumentId,
    version: z.optional(Version),
    goalId: DocumentId,
    name: LocalisedText,
    unit: z
      .string()
      .check(z.trim(), z.minLength(1, "the unit is required"), z.maxLength(100), wellFormedText),
    direction: z.enum(indicatorDirections),
    baseline: YearValue,
    target: YearValue,
    measurements: z.array(Measurement).check(z.maxLength(200)),
    source: Source,
    /** Its weight in its goal's progress; 1 when absent. */
    weight: z.optional(Weight),
    /** The portrait series it is measured from, and the member (absent: the partnership's aggregate). */
    seriesId: z.optional(DocumentId),
    memberId: z.optional(DocumentId),
    /** Made up for a demonstration, not adopted by the partnership. */
    sample: z.optional(z.literal(true)),
  })
  .check(
    z.superRefine((indicator, ctx) => {
      const { baseline, target, direction } = indicator;
      if (target.year <= baseline.year)
        ctx.issues.push({
          code: "custom",
          path: ["target", "year"],
          message: "must be after the baseline year",
          input: target.year,
        });
      const rising = target.value > baseline.value;
      if (target.value === baseline.value || rising !== (direction === "increase"))
        ctx.issues.push({
          code: "custom",
          path: ["target", "value"],
          message: `must be ${direction === "increase" ? "above" : "below"} the baseline (${baseline.value}) for direction ${direction}`,
          input: target.value,
        });
      const years = new Set<number>();
      indicator.measurements.forEach((m, i) => {
        if (years.has(m.year))
          ctx.issues.push({
            code: "custom",
            path: ["measurements", i, "year"],
            message: `${m.year} is measured twice`,
            input: m.year,
          });
        years.add(m.year);
      });
    }),
  );
export type Indicator = z.infer<typeof Indicator>;
