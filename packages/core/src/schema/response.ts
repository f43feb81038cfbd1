import * as z from "zod/mini";
import { DocumentId, Instant, noNul, SubmissionId } from "./common.js";

/** One answer: an option id, several option ids, a scale value or a text. */
export const Answer = z.union([
  z.string().check(z.maxLength(10000, "must be at most 10000 characters"), noNul),
  z.array(z.string().check(z.maxLength(64), noNul)).check(z.maxLength(100)),
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
  answers: z.record(z.string().check(z.maxLength(64), noNul), Answer),
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;
