import * as z from "zod/mini";
import { DocumentId, LocalisedText, Version } from "../schema/common.js";
import { goalLevels } from "./vocabulary.js";

export const GoalLevel = z.enum(goalLevels);
export type GoalLevel = z.infer<typeof GoalLevel>;

/** A weight in a weighted mean: more than 0; 1 when absent. */
export const Weight = z
  .number()
  .check(z.positive("must be more than 0"), z.lte(1000, "must be at most 1000"));

/**
 * A goal of the partnership's strategy: the vision (wizja), a strategic goal (cel strategiczny),
 * an operational goal (cel operacyjny) or a direction of action (kierunek działań). The tree is
 * made by `parentId`; its numbering (1, 1.2, 1.2.3) is derived, never stored.
 */
export const Goal = z.object({
  id: DocumentId,
  partnershipId: DocumentId,
  version: z.optional(Version),
  /** Absent for the vision only. */
  parentId: z.optional(DocumentId),
  level: GoalLevel,
  title: LocalisedText,
  description: z.optional(LocalisedText),
  /** Its weight in its parent's progress; 1 when absent. */
  weight: z.optional(Weight),
  /** Its place among its siblings (lower first); siblings without one follow, by id. */
  order: z.optional(z.int().check(z.gte(0, "must be 0 or more"), z.lte(10_000, "must be at most 10000"))),
  /** Projects that serve it. */
  projectIds: z.optional(z.array(DocumentId).check(z.maxLength(200))),
  /** Survey findings it answers: a survey, and optionally one of its questions. */
  findings: z.optional(
    z.array(z.object({ surveyId: DocumentId, questionId: z.optional(DocumentId) })).check(z.maxLength(200)),
  ),
  /** Made up for a demonstration, not adopted by the partnership. */
  sample: z.optional(z.literal(true)),
});
export type Goal = z.infer<typeof Goal>;
