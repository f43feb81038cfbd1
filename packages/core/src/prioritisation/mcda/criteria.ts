import * as z from "zod/mini";
import { DocumentId, LocalisedText } from "../../schema/common.js";

/** Whether more is better (benefit, e.g. goals served) or less is better (cost, e.g. price). */
export const CriterionDirection = z.enum(["benefit", "cost"]);
export type CriterionDirection = z.infer<typeof CriterionDirection>;

/** The range a criterion is scored on (skala), e.g. 0–2 for "no, partly, fully". */
export const CriterionScale = z.object({ min: z.number(), max: z.number() }).check(
  z.superRefine((scale, ctx) => {
    if (!(scale.max > scale.min))
      ctx.issues.push({ code: "custom", message: "must be more than min", path: ["max"], input: scale.max });
  }),
);
export type CriterionScale = z.infer<typeof CriterionScale>;

/** An assessment criterion (kryterium oceny) for projects: its direction, scale and weight. */
export const Criterion = z.object({
  id: DocumentId,
  label: LocalisedText,
  direction: CriterionDirection,
  scale: CriterionScale,
  /** Relative importance; weights need not sum to 1, methods divide by their sum. */
  weight: z.number().check(z.gte(0, "cannot be negative")),
});
export type Criterion = z.infer<typeof Criterion>;

/** The criteria of one assessment round: distinct ids, and at least one weight above 0. */
export const Criteria = z.array(Criterion).check(
  z.minLength(1, "at least one criterion is required"),
  z.superRefine((criteria, ctx) => {
    const seen = new Set<string>();
    criteria.forEach((criterion, i) => {
      if (seen.has(criterion.id))
        ctx.issues.push({
          code: "custom",
          message: `id ${criterion.id} is used twice`,
          path: [i, "id"],
          input: criterion.id,
        });
      seen.add(criterion.id);
    });
    if (criteria.length > 0 && !criteria.some((criterion) => criterion.weight > 0))
      ctx.issues.push({
        code: "custom",
        message: "at least one weight must be above 0",
        path: [],
        input: criteria,
      });
  }),
);
export type Criteria = z.infer<typeof Criteria>;
