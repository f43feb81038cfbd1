import {
  admitResponse,
  type CollectionName,
  ConflictError,
  checkFilter,
  checkKey,
  type DocumentKey,
  type DocumentOf,
  type ListQuery,
  listScope,
  matchesFilter,
  NotFoundError,
  nextVersion,
  type Page,
  pageOf,
  parseDocument,
  parseSubmission,
  type Store,
  type Stored,
  type SubmissionKind,
  type SubmissionOf,
  type SubmitResult,
  sameContent,
  scopeOf,
} from "@cwd/core";

/**
 * A Store that keeps everything in memory: for tests, demos and as the reference every other
 * adapter is measured against. Values are copied in and out, so callers never share state with it.
 *
 * @example
 * const store = createMemoryStore();
 * await store.put("partnerships", partnership);
 */
export function createMemoryStore(): Store {
  const documents = new Map<string, Stored<DocumentOf<CollectionName>>>();
  const submissions = new Map<string, SubmissionOf<SubmissionKind>>();
  const documentKey = (collection: string, key: DocumentKey) =>
    `${collection}\u0000${key.partnershipId}\u0000${key.id}`;
  let closed = false;

  function open(): void {
    if (closed) throw new Error("this memory store is closed");
  }

  function scoped<T>(items: Iterable<T>, partnershipId: string | undefined, scope: (item: T) => string): T[] {
    return [...items].filter((item) => partnershipId === undefined || scope(item) === partnershipId);
  }

  const get: Store["get"] = async (collection, key) => {
    checkKey(collection, key);
    open();
    const found = documents.get(documentKey(collection, key));
    if (!found) throw new NotFoundError(`${collection} ${key.id} not found`);
    return structuredClone(found) as never;
  };

  return {
    get,

    async list(collection, query = {}) {
      open();
      const filter = checkFilter(collection, query.filter);
      const partnershipId = listScope(collection, query.partnershipId);
      const all = [...documents.entries()]
        .filter(([key]) => key.startsWith(`${collection}\u0000`))
        .map(([, document]) => document);
      const matching = scoped(all, partnershipId, (d) => scopeOf(collection, d as never))
        .filter((d) => matchesFilter(d, filter))
        .sort(byId);
      return structuredClone(pageOf(matching, query)) as never;
    },

    async put(collection, input) {
      open();
      const document = parseDocument(collection, input);
      const key = { partnershipId: scopeOf(collection, document), id: document.id };
      if (collection === "surveys")
        await get("partnerships", { partnershipId: key.partnershipId, id: key.partnershipId });
      const stored = documents.get(documentKey(collection, key));
      const version = nextVersion(stored?.version, document.version, `${collection} ${document.id}`);
      const saved = { ...structuredClone(document), version };
      documents.set(documentKey(collection, key), saved as never);
      return structuredClone(saved) as never;
    },

    async submit(kind, input) {
      open();
      const submission = parseSubmission(kind, input);
      const existing = submissions.get(submission.id);
      if (existing) return retried(existing, submission);
      const survey = await get("surveys", {
        partnershipId: submission.partnershipId,
        id: submission.surveyId,
      });
      // A parallel call with the same id may have stored it while this one awaited the survey.
      const storedMeanwhile = submissions.get(submission.id);
      if (storedMeanwhile) return retried(storedMeanwhile, submission);
      admitResponse(survey, submission);
      submissions.set(submission.id, structuredClone(submission));
      return { submission: structuredClone(submission), created: true } as SubmitResult<never>;
    },

    async listSubmissions(kind, query) {
      open();
      const filter = checkFilter(kind, query.filter);
      const partnershipId = listScope(kind, query.partnershipId);
      const matching = scoped(submissions.values(), partnershipId, (s) => s.partnershipId)
        .filter((s) => matchesFilter(s, filter))
        .sort(byId);
      return structuredClone(pageOf(matching, query)) as Page<never>;
    },

    async close() {
      closed = true;
    },
  } satisfies Store as Store;
}

/** The answer to a submission whose id is stored already: a harmless retry, or a clash. */
function retried<T extends { id: string }>(existing: T, submission: T): SubmitResult<never> {
  if (!sameContent(existing, submission))
    throw new ConflictError(`submission ${submission.id} was stored with other content`);
  return { submission: structuredClone(existing), created: false } as SubmitResult<never>;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export type { ListQuery };
