import * as z from "zod/mini";
import { DocumentId, Instant, SubmissionId, wellFormedText } from "./common.js";
import { maxQuestions } from "./survey.js";

/**
 * One answer: an option or member id, a text or a date (string); option ids, chosen or in ranked
 * order (list); a scale value or a number; a consent (true); a matrix's values by row id.
 */
export const Answer = z.union([
  z.string().check(z.maxLength(10000, "must be at most 10000 characters"), wellFormedText),
  z.array(z.string().check(z.maxLength(64), wellFormedText)).check(z.maxLength(100)),
  z.number(),
  z.boolean(),
  z.record(DocumentId, z.int()),
]);
export type Answer = z.infer<typeof Answer>;

/**
 * A filled-in questionnaire (odpowiedź na ankietę). Anonymous by design: no name, e-mail or IP is
 * kept with it, so the answers stay outside GDPR (recital 26).
 */
export const SurveyResponse = z.object({
  id: SubmissionId,
  partnershipId: DocumentId,
  surveyId: DocumentId,
  submittedAt: Instant,
  /** By question id; at most one answer per question a survey can have. */
  answers: z
    .record(DocumentId, Answer)
    .check(
      z.refine(
        (answers) => Object.keys(answers).length <= maxQuestions,
        `must have at most ${maxQuestions} answers`,
      ),
    ),
  /** The text of "other, please specify", by question id. */
  other: z.optional(z.record(DocumentId, z.string().check(z.maxLength(1000), wellFormedText))),
  /** The order options were shown in, by question id, for questions shown in a random order. */
  optionOrder: z.optional(z.record(DocumentId, z.array(DocumentId).check(z.maxLength(102)))),
  /** A single-use invitation code, for surveys that ask for one. */
  code: z.optional(
    z.string().check(z.regex(/^[A-Z0-9-]{4,32}$/, "must be 4-32 capital letters, digits or hyphens")),
  ),
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;
