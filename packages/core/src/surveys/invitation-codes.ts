import {
  codeDigest,
  invitationCode,
  normaliseCode,
  submissionIdForCode,
} from "../participation/invitation-codes.js";
import type { Survey } from "../schema/survey.js";

// Moved to participation/ (budget votes use them too); kept importable here under their survey names.
export { codeDigest, invitationCode, normaliseCode, submissionIdForCode as responseIdForCode };

/**
 * What is wrong with a response's code for a survey that asks for one, or undefined when it is fine:
 * the code must be one the survey issued and the response id the one the code gives.
 */
export function codeProblem(
  survey: Pick<Survey, "id" | "invitationCodes">,
  response: { id: string; code?: string },
): string | undefined {
  if (!survey.invitationCodes) return undefined;
  if (response.code === undefined) return "this survey takes responses with an invitation code only";
  if (!survey.invitationCodes.digests.includes(codeDigest(survey.id, response.code)))
    return "is not an invitation code of this survey";
  if (response.id !== submissionIdForCode(survey.id, response.code))
    return "the response id must be the one its invitation code gives (responseIdForCode)";
  return undefined;
}
