import type { SurveyResponse } from "../schema/response.js";
import type { Survey } from "../schema/survey.js";
import { NotFoundError } from "../store/errors.js";
import { sameContent } from "../store/rules.js";
import { type DocumentOf, type Page, type Store, type Stored, scopeOf } from "../store/store.js";
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

type Outcome = "created" | "updated" | "unchanged";

export interface ImportSummary {
  partnership: Outcome;
  surveys: Record<Outcome, number>;
  responses: { created: number; unchanged: number };
}

/**
 * Writes an exchange document into a store: creates what is missing, updates what differs (over its
 * current version), leaves equal documents alone and submits responses idempotently, so importing the
 * same file twice changes nothing.
 */
export async function importPartnership(store: Store, document: ExchangeDocument): Promise<ImportSummary> {
  const { partnership } = document;
  const summary: ImportSummary = {
    partnership: await putIfChanged(store, "partnerships", partnership),
    surveys: { created: 0, updated: 0, unchanged: 0 },
    responses: { created: 0, unchanged: 0 },
  };
  for (const survey of document.surveys) {
    const responses = (document.responses ?? []).filter((r) => r.surveyId === survey.id);
    summary.surveys[await importSurvey(store, survey, responses, summary)] += 1;
  }
  return summary;
}

async function importSurvey(
  store: Store,
  survey: Survey,
  responses: SurveyResponse[],
  summary: ImportSummary,
): Promise<Outcome> {
  const existing = await current(store, "surveys", survey.partnershipId, survey.id);
  const storedIds = existing ? await responseIds(store, survey) : new Set<string>();
  const fresh = responses.filter((r) => !storedIds.has(r.id));
  const takesResponses =
    survey.status === "open" && (survey.closesAt === undefined || Date.parse(survey.closesAt) > Date.now());
  if (fresh.length === 0 || takesResponses) {
    const outcome = await putIfChanged(store, "surveys", survey, existing);
    await submitAll(store, responses, summary);
    return outcome;
  }
  // Stores admit new responses only while a survey is open; past responses of a closed survey are
  // history, so the survey is opened just for them and then given its real state.
  const opened = await store.put("surveys", {
    ...survey,
    status: "open",
    closesAt: undefined,
    version: existing?.version,
  });
  await submitAll(store, responses, summary);
  await store.put("surveys", { ...survey, version: opened.version });
  return existing ? "updated" : "created";
}

async function putIfChanged<C extends "partnerships" | "surveys">(
  store: Store,
  collection: C,
  document: DocumentOf<C>,
  existing?: Stored<DocumentOf<C>>,
): Promise<Outcome> {
  const before = existing ?? (await current(store, collection, scopeOf(collection, document), document.id));
  if (before && sameContent({ ...before, version: undefined }, { ...document, version: undefined }))
    return "unchanged";
  await store.put(collection, { ...document, version: before?.version });
  return before ? "updated" : "created";
}

async function responseIds(store: Store, survey: Survey): Promise<Set<string>> {
  const stored = await allPages((cursor) =>
    store.listSubmissions("responses", {
      partnershipId: survey.partnershipId,
      filter: { surveyId: survey.id },
      cursor,
      limit: 100,
    }),
  );
  return new Set(stored.map((r) => r.id));
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
