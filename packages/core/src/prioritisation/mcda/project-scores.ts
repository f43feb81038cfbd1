import * as z from "zod/mini";

/** One project's score on each criterion, keyed by criterion id (e.g. the assessors' aggregate). */
export const ProjectScores = z.object({
  projectId: z.string().check(z.minLength(1, "is required")),
  scores: z.record(z.string(), z.number()),
});
export type ProjectScores = z.infer<typeof ProjectScores>;
