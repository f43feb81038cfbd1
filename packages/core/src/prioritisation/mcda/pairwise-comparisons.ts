import * as z from "zod/mini";
import { pairwiseMatrixIssues } from "./pairwise-matrix.js";

/** A judgement in a file: a number, or a fraction written as text (`"1/3"`), which JSON cannot hold exactly. */
const Judgement = z.union([
  z.number(),
  z.pipe(
    z
      .string()
      .check(z.regex(/^\s*\d+(\.\d+)?\s*\/\s*\d+(\.\d+)?\s*$/, "must be a number or a fraction such as 1/3")),
    z.transform((text) => {
      const [numerator, denominator] = text.split("/").map(Number);
      return numerator! / denominator!;
    }),
  ),
]);

/**
 * A pairwise comparison of criteria as a file holds it (`cwd ahp FILE.json`): the criteria's names and the
 * matrix, where matrix[i][j] says how much more important criteria[i] is than criteria[j].
 */
export const PairwiseComparisons = z
  .object({
    criteria: z.array(z.string().check(z.trim(), z.minLength(1, "must not be empty"))).check(z.minLength(1)),
    matrix: z.array(z.array(Judgement)),
  })
  .check(
    z.superRefine((input, ctx) => {
      const seen = new Set<string>();
      input.criteria.forEach((name, i) => {
        if (seen.has(name))
          ctx.issues.push({
            code: "custom",
            message: `${name} is listed twice`,
            path: ["criteria", i],
            input: name,
          });
        seen.add(name);
      });
      if (input.matrix.length !== input.criteria.length) {
        ctx.issues.push({
          code: "custom",
          message: `must have ${input.criteria.length} rows, one per criterion`,
          path: ["matrix"],
          input: input.matrix,
        });
        return;
      }
      for (const issue of pairwiseMatrixIssues(input.matrix))
        ctx.issues.push({
          code: "custom",
          message: issue.message,
          path: issue.path.split("."),
          input: input.matrix,
        });
    }),
  );
export type PairwiseComparisons = z.infer<typeof PairwiseComparisons>;
