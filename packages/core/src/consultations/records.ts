import type { Page, Store } from "../store/store.js";
import type { ConsultationRecords } from "./thread.js";

async function allOf<T>(list: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return items;
}

/**
 * Reads from a store everything about one consultation's comments: the consultation, every
 * comment, moderation step and answer (all pages), ready for `publicThread` or `consultationReport`.
 *
 * @example
 * const report = consultationReport(await consultationRecords(store, "ziemia-wysokomazowiecka", "konsultacje-diagnozy"));
 */
export async function consultationRecords(
  store: Store,
  partnershipId: string,
  consultationId: string,
): Promise<ConsultationRecords> {
  const consultation = await store.get("consultations", { partnershipId, id: consultationId });
  const query = (cursor?: string) => ({ partnershipId, filter: { consultationId }, cursor, limit: 100 });
  const [comments, steps, answers] = await Promise.all([
    allOf((cursor) => store.listSubmissions("comments", query(cursor))),
    allOf((cursor) => store.listSubmissions("moderation", query(cursor))),
    allOf((cursor) => store.list("answers", query(cursor))),
  ]);
  return { consultation, comments, steps, answers };
}
