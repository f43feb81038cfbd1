import * as z from "zod/mini";
import { DocumentId, Instant, SubmissionId, wellFormedText } from "./common.js";
import { maxQuestions } from "./survey.js";

/** One answer: an option id, several option ids, a scale value or a text. */
export const Answer = z.union([
  z.string().check(z.maxLength(10000, "must be at most 10000 characters"), wellFormedText),
  z.array(z.string().check(z.maxLength(64), wellFormedText)).check(z.maxLength(100)),
  z.int(),
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
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;
