import * as z from "zod/mini";
import { DocumentId, noNul } from "../../schema/common.js";

/** One assessor's score on one criterion, with an optional comment (uzasadnienie). */
export const CriterionScore = z.object({
  score: z.number(),
  comment: z.optional(z.string().check(z.trim(), z.maxLength(5000), noNul)),
});
export type CriterionScore = z.infer<typeof CriterionScore>;

/**
 * An assessor's assessment of one project (ocena projektu): a score per criterion id. An assessor may
 * leave a criterion out; the aggregate then counts only those who scored it.
 */
export const Assessment = z.object({
  projectId: DocumentId,
  assessorId: DocumentId,
  scores: z.record(DocumentId, CriterionScore),
});
export type Assessment = z.infer<typeof Assessment>;
