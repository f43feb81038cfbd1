import type { Page } from "./store.js";

/**
 * Every item of a paged list, page after page.
 *
 * @example
 * const projects = await allPages((cursor) => store.list("projects", { partnershipId, cursor, limit: 100 }));
 */
export async function allPages<T>(next: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await next(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return items;
}
