import type { Consultation } from "../consultations/consultation.js";
import { consultationState } from "../consultations/state.js";
import type { Survey } from "../schema/survey.js";
import { admissibleOrder } from "../store/admissible-order.js";
import { allPages } from "../store/all-pages.js";
import { NotFoundError, ValidationError } from "../store/errors.js";
import { type KindDeclaration, type KindName, kinds } from "../store/kinds.js";
import { documentAdmission, importOrder, sameContent } from "../store/rules.js";
import type {
  CollectionName,
  DocumentOf,
  Store,
  Stored,
  SubmissionKind,
  SubmissionOf,
} from "../store/store.js";
import { scopeOf } from "../store/store.js";
import { createExchangeDocument, type ExchangeDocument, exchangeItems } from "./exchange.js";

type ArrayKind = Exclude<KindName, "partnerships">;
const arrayKinds = (Object.keys(kinds) as KindName[]).filter(
  (name): name is ArrayKind => name !== "partnerships",
);

/**
 * Exports a partnership from a store as an exchange document: every document kind of the registry,
 * and the submissions (responses …) when asked.
 */
export async function exportPartnership(
  store: Store,
  partnershipId: string,
  options: { withResponses?: boolean; now?: Date } = {},
): Promise<ExchangeDocument> {
  const partnership = await store.get("partnerships", { partnershipId, id: partnershipId });
  const content: Record<string, unknown[]> = {};
  for (const name of arrayKinds) {
    const kind: KindDeclaration = kinds[name];
    const page = (cursor?: string) => ({ partnershipId, cursor, limit: 100 });
    if (kind.type === "document") {
      const items = await allPages((c) => store.list(name as CollectionName, page(c)));
      // A kind the partnership does not use is left out, so documents stay as small as what they hold.
      if (items.length > 0 || kind.exchangeRequired) content[kind.exchange] = items;
    } else if (options.withResponses) {
      const items = await allPages((c) => store.listSubmissions(name as SubmissionKind, page(c)));
      // Submissions come along with what they answer: responses with the surveys, even when none came.
      const parentField = kind.parent ? kinds[kind.parent.kind as KindName]?.exchange : undefined;
      if (items.length > 0 || (parentField !== undefined && parentField in content))
        content[kind.exchange] = items;
    }
  }
  return createExchangeDocument({ partnership, exportedAt: options.now ?? new Date(), ...content });
}

type Outcome = "created" | "updated" | "unchanged";

/**
 * What an import did: the partnership's outcome, and counts for each kind the document carries (by
 * exchange field; surveys always).
 */
export type ImportSummary = { partnership: Outcome } & {
  [K in ArrayKind as (typeof kinds)[K]["exchange"]]?: (typeof kinds)[K]["type"] extends "document"
    ? Record<Outcome, number>
    : { created: number; unchanged: number };
};

/**
 * Writes an exchange document into a store: creates what is missing, updates what differs (over its
 * current version), leaves equal documents alone and submits submissions idempotently, so importing
 * the same file twice changes nothing. Kinds are written in registry order, parents first.
 *
 * Stores admit new responses only while a survey is open, and comments only while a consultation
 * is; past ones are history, so such a survey or consultation is opened just for them and then given
 * its real state.
 */
export async function importPartnership(store: Store, document: ExchangeDocument): Promise<ImportSummary> {
  const summary: Record<string, unknown> = {
    partnership: await putIfChanged(store, "partnerships", document.partnership),
  };
  const reopened: { collection: CollectionName; item: object; outcome: Outcome }[] = [];
  for (const name of arrayKinds) {
    const kind: KindDeclaration = kinds[name];
    if (!kind.exchangeRequired && (document as Record<string, unknown>)[kind.exchange] === undefined)
      continue;
    const given = exchangeItems(document, name) as { id: string; partnershipId: string }[];
    let items = (importOrder[name as CollectionName]?.(given as never) ?? given) as typeof given;
    if (kind.type === "document") {
      items = await writableOrder(store, name as CollectionName, given, items);
      const counts: Record<Outcome, number> = { created: 0, updated: 0, unchanged: 0 };
      for (const item of items) {
        const collection = name as CollectionName;
        const existing = await current(store, collection, scopeOf(collection, item as never), item.id);
        const reopen = reopenings[collection as keyof typeof reopenings] as Reopening | undefined;
        if (reopen && (await needsReopening(store, document, reopen, item, existing))) {
          const opened = await store.put(collection, {
            ...reopen.open(item as never),
            version: existing?.version,
          } as never);
          reopened.push({
            collection,
            item: { ...item, version: opened.version },
            outcome: existing ? "updated" : "created",
          });
          continue;
        }
        counts[await putIfChanged(store, collection, item as never, existing)] += 1;
      }
      summary[kind.exchange] = counts;
    } else {
      const counts = { created: 0, unchanged: 0 };
      for (const item of items) {
        const { created } = await store.submit(name as SubmissionKind, item as SubmissionOf<SubmissionKind>);
        counts[created ? "created" : "unchanged"] += 1;
      }
      summary[kind.exchange] = counts;
    }
  }
  for (const { collection, item, outcome } of reopened) {
    await store.put(collection, item as never);
    (summary[kinds[collection].exchange] as Record<Outcome, number>)[outcome] += 1;
  }
  return summary as ImportSummary;
}

/**
 * The documents of one kind in an order the store admits one by one against what it holds (see
 * `admissibleOrder`), so that an import restructuring a goal tree either saves every goal or, when
 * no order works, none; a refusal names the document by its place in the file (`goals.3.level`).
 */
async function writableOrder<T extends { id: string; partnershipId: string }>(
  store: Store,
  collection: CollectionName,
  given: T[],
  preferred: T[],
): Promise<T[]> {
  if (!documentAdmission[collection] || preferred.length === 0) return preferred;
  const partnershipId = preferred[0]?.partnershipId as string;
  const stored = await allPages((cursor) => store.list(collection, { partnershipId, cursor, limit: 100 }));
  try {
    return admissibleOrder(collection, stored as never, preferred as never) as never;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const exchange = kinds[collection].exchange;
    throw new ValidationError(
      error.issues.map(({ path, message }) => {
        const [at, ...rest] = path.split(".");
        const index = given.indexOf(preferred[Number(at)] as T);
        return { path: [exchange, index, ...rest].join("."), message };
      }),
    );
  }
}

/** A document that takes submissions only for a while, and how to open it for past ones. */
interface Reopening {
  submissions: SubmissionKind;
  /** The submissions' field naming the document. */
  field: string;
  takesNow: (document: never) => boolean;
  open: (document: never) => object;
}

const reopenings = {
  surveys: {
    submissions: "responses",
    field: "surveyId",
    takesNow: (s: Survey) =>
      s.status === "open" && (s.closesAt === undefined || Date.parse(s.closesAt) > Date.now()),
    open: (s: Survey) => ({ ...s, status: "open", closesAt: undefined }),
  },
  consultations: {
    submissions: "comments",
    field: "consultationId",
    takesNow: (c: Consultation) => consultationState(c, new Date()) === "open",
    open: (c: Consultation) => ({
      ...c,
      noticeAt: "2000-01-01T00:00:00Z",
      opensAt: "2000-01-01T00:00:00Z",
      closesAt: "9999-12-31T23:59:59Z",
      reportPublishedAt: undefined,
    }),
  },
} satisfies Partial<Record<CollectionName, Reopening>>;

/** True when the document brings submissions to a survey or consultation that would not take them now. */
async function needsReopening(
  store: Store,
  document: ExchangeDocument,
  reopen: Reopening,
  item: { id: string; partnershipId: string },
  existing: unknown,
): Promise<boolean> {
  if (reopen.takesNow(item as never)) return false;
  const brought = (exchangeItems(document, reopen.submissions) as Record<string, unknown>[]).filter(
    (s) => s[reopen.field] === item.id,
  );
  if (brought.length === 0) return false;
  if (!existing) return true;
  const stored = await allPages((cursor) =>
    store.listSubmissions(reopen.submissions, {
      partnershipId: item.partnershipId,
      filter: { [reopen.field]: item.id },
      cursor,
      limit: 100,
    }),
  );
  const storedIds = new Set(stored.map((s) => s.id));
  return brought.some((s) => !storedIds.has(s.id as string));
}

async function putIfChanged<C extends CollectionName>(
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

async function current<C extends CollectionName>(
  store: Store,
  collection: C,
  partnershipId: string,
  id: string,
): Promise<Stored<DocumentOf<C>> | undefined> {
  try {
    return await store.get(collection, { partnershipId, id });
  } catch (error) {
    if (error instanceof NotFoundError || (error as { code?: string }).code === "not_found") return undefined;
    throw error;
  }
}
