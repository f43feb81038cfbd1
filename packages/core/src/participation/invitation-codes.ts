// Single-use invitation codes, shared by surveys and budget votes (one answer or ballot per person).
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

/**
 * What a survey or a budget round keeps of a code: a digest, from which the code cannot be recovered.
 * `documentId` is the survey's or the round's id.
 */
export function codeDigest(documentId: string, code: string): string {
  return sha256Hex(`cwd-invitation:${documentId}:${normaliseCode(code)}`).slice(0, 32);
}

/**
 * The submission id a code gives (a survey's response, a round's ballot): the same code always makes
 * the same id, so the store's rule of one submission per id makes each code single-use (a second one
 * with it is refused as a conflict, or answered as a retry when it is the very same submission).
 *
 * @example
 * submissionIdForCode("ankieta-liderow", "K7QF-M2XA-9TRC") // "3f1c…-…" (a UUID, version 8)
 */
export function submissionIdForCode(documentId: string, code: string): string {
  const hex = sha256Hex(`cwd-response:${documentId}:${normaliseCode(code)}`);
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
