import type { Survey } from "../schema/survey.js";
import { sha256Hex } from "./sha256.js";

/** Letters and digits no one mistakes for each other when copying from paper (no 0/O, 1/I/L). */
const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/**
 * A new invitation code: 12 symbols from 31 (about 59 bits), in three groups of four so it can be
 * typed from paper. `randomBytes` must come from a cryptographic generator.
 *
 * @example
 * invitationCode(crypto.getRandomValues(new Uint8Array(12))) // "K7QF-M2XA-9TRC"
 */
export function invitationCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < 12) throw new RangeError("an invitation code needs 12 random bytes");
  // 256 is not a multiple of 31; the bias this leaves (under 1%) costs well under a bit of the 59.
  const symbols = [...randomBytes.slice(0, 12)].map((byte) => alphabet[byte % alphabet.length]).join("");
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8, 12)}`;
}

/** What a survey keeps of a code: a digest, from which the code cannot be recovered. */
export function codeDigest(surveyId: string, code: string): string {
  return sha256Hex(`cwd-invitation:${surveyId}:${normaliseCode(code)}`).slice(0, 32);
}

/**
 * The response id a code gives: the same code always makes the same id, so the store's rule of one
 * response per id makes each code single-use (a second response with it is refused as a conflict, or
 * answered as a retry when it is the very same response).
 *
 * @example
 * responseIdForCode("ankieta-liderow", "K7QF-M2XA-9TRC") // "3f1c…-…" (a UUID, version 8)
 */
export function responseIdForCode(surveyId: string, code: string): string {
  const hex = sha256Hex(`cwd-response:${surveyId}:${normaliseCode(code)}`);
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Codes are read without regard to case or spaces, as people type them. */
export function normaliseCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "")
    .replace(/(.{4})(?!$)/g, "$1-");
}

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
  if (response.id !== responseIdForCode(survey.id, response.code))
    return "the response id must be the one its invitation code gives (responseIdForCode)";
  return undefined;
}
