import { issuesOf, Practice } from "@cwd/core";

/**
 * The items of a document that are valid good practices; the others are left out. Checking them
 * takes core's schemas (zod), so the element loads this module only for documents it fetched or was
 * given, never for practices its store has checked already.
 */
export function validPractices(items: readonly unknown[]): Practice[] {
  return items.filter((item): item is Practice => issuesOf(Practice, item).length === 0);
}
