import { ValidationError } from "./errors.js";
import { isWellFormedId } from "./keys.js";

export const defaultPageSize = 50;
export const maxPageSize = 100;

/** Wraps the last id of a page into an opaque cursor (callers must not build cursors themselves). */
export function encodeCursor(lastId: string): string {
  return base64url(JSON.stringify({ after: lastId }));
}

/** Reads a cursor made by `encodeCursor`; a forged or damaged one is a ValidationError on `cursor`. */
export function decodeCursor(cursor: string): string {
  try {
    const value: unknown = JSON.parse(fromBase64url(cursor));
    const after = value && typeof value === "object" ? (value as { after?: unknown }).after : undefined;
    if (isWellFormedId(after)) return after;
  } catch {
    // fall through to the error below
  }
  throw new ValidationError([{ path: "cursor", message: "is not a cursor this API gave out" }]);
}

/** The page size to use, or a ValidationError on `limit`. */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return defaultPageSize;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    throw new ValidationError([
      { path: "limit", message: `must be a whole number from 1 to ${maxPageSize}` },
    ]);
  }
  return limit;
}

/**
 * Cuts one page out of items sorted by id, starting after the cursor.
 *
 * @example
 * pageOf(sortedSurveys, { limit: 10 }) // { items: first 10, nextCursor: "…" }
 */
export function pageOf<T extends { id: string }>(sorted: T[], query: { cursor?: string; limit?: number }) {
  const size = pageSize(query.limit);
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const start = after === undefined ? 0 : sorted.findIndex((item) => item.id > after);
  const rest = start === -1 ? [] : sorted.slice(start);
  const items = rest.slice(0, size);
  const last = items[items.length - 1];
  return rest.length > size && last ? { items, nextCursor: encodeCursor(last.id) } : { items };
}

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64url(text: string): string {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
