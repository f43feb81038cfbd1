import type { SurveyResponse } from "../schema/response.js";
import type { Survey } from "../schema/survey.js";
import { NotFoundError } from "../store/errors.js";
import type { Page, Store } from "../store/store.js";
import { createExchangeDocument, type ExchangeDocument } from "./exchange.js";

/** Reads every page of a list. */
async function allPages<T>(next: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await next(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return items;
}

/** Exports a partnership from a store as an exchange document, with responses when asked. */
export async function exportPartnership(
  store: Store,
  partnershipId: string,
  options: { withResponses?: boolean; now?: Date } = {},
): Promise<ExchangeDocument> {
  const partnership = await store.get("partnerships", { partnershipId, id: partnershipId });
  const surveys = await allPages((cursor) => store.list("surveys", { partnershipId, cursor, limit: 100 }));
  const responses = options.withResponses
    ? await allPages((cursor) => store.listSubmissions("responses", { partnershipId, cursor, limit: 100 }))
    : undefined;
  return createExchangeDocument({ partnership, surveys, responses, exportedAt: options.now ?? new Date() });
}

export interface ImportSummary {
  partnership: "created" | "updated";
  surveys: { created: number; updated: number };
  responses: { created: number; unchanged: number };
}

/**
 * Writes an exchange document into a store: creates what is missing, updates what exists (over its
 * current version), and submits responses idempotently, so importing the same file twice is safe.
 */
export async function importPartnership(store: Store, document: ExchangeDocument): Promise<ImportSummary> {
  const { partnership } = document;
  const existing = await current(store, "partnerships", partnership.id, partnership.id);
  await store.put("partnerships", { ...partnership, version: existing?.version });
  const summary: ImportSummary = {
    partnership: existing ? "updated" : "created",
    surveys: { created: 0, updated: 0 },
    responses: { created: 0, unchanged: 0 },
  };
  for (const survey of document.surveys) {
    const before = await current(store, "surveys", partnership.id, survey.id);
    const responses = (document.responses ?? []).filter((r) => r.surveyId === survey.id);
    await importSurvey(store, survey, before?.version, responses, summary);
    summary.surveys[before ? "updated" : "created"] += 1;
  }
  return summary;
}

async function importSurvey(
  store: Store,
  survey: Survey,
  version: number | undefined,
  responses: SurveyResponse[],
  summary: ImportSummary,
): Promise<void> {
  if (responses.length === 0) {
    await store.put("surveys", { ...survey, version });
    return;
  }
  // Stores accept responses only while a survey is open; past responses of a closed survey are
  // history, so the survey is opened for the import and then given its real state.
  const opened = await store.put("surveys", { ...survey, status: "open", closesAt: undefined, version });
  await submitAll(store, responses, summary);
  await store.put("surveys", { ...survey, version: opened.version });
}

async function submitAll(store: Store, responses: SurveyResponse[], summary: ImportSummary): Promise<void> {
  for (const response of responses) {
    const { created } = await store.submit("responses", response);
    summary.responses[created ? "created" : "unchanged"] += 1;
  }
}

async function current<C extends "partnerships" | "surveys">(
  store: Store,
  collection: C,
  partnershipId: string,
  id: string,
) {
  try {
    return await store.get(collection, { partnershipId, id });
  } catch (error) {
    if (error instanceof NotFoundError || (error as { code?: string }).code === "not_found") return undefined;
    throw error;
  }
}
