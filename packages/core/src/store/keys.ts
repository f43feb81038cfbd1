import { NotFoundError, ValidationError } from "./errors.js";
import type { DocumentKey } from "./store.js";

/**
 * The shape of every id a store keys by: 1-64 lower-case letters, digits and hyphens, starting and
 * ending with a letter or digit. Document ids and lower-case UUIDs both have it.
 */
export const idPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function isWellFormedId(value: unknown): value is string {
  return typeof value === "string" && idPattern.test(value);
}

/**
 * Refuses a key no document can have (a path such as `/partnerships/%00`) as NotFoundError, before a
 * store sends it anywhere: a database must never see text it cannot store.
 */
export function checkKey(collection: string, key: DocumentKey): void {
  if (!isWellFormedId(key.partnershipId) || !isWellFormedId(key.id)) {
    throw new NotFoundError(`${collection} ${String(key.id).slice(0, 64)} not found`);
  }
}

/**
 * The partnership a list is limited to: required for everything but partnerships, and well-formed.
 * Throws ValidationError on `partnershipId`.
 */
export function listScope(name: "partnerships", partnershipId: string | undefined): string | undefined;
export function listScope(name: string, partnershipId: string | undefined): string;
export function listScope(name: string, partnershipId: string | undefined): string | undefined {
  if (partnershipId === undefined || partnershipId === "") {
    if (name === "partnerships") return undefined;
    throw new ValidationError([{ path: "partnershipId", message: `is required to list ${name}` }]);
  }
  if (!isWellFormedId(partnershipId)) {
    throw new ValidationError([
      { path: "partnershipId", message: "must be 1-64 lower-case letters, digits or hyphens" },
    ]);
  }
  return partnershipId;
}
