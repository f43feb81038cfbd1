import type { DriverDocument, DriverListRequest, StoreDriver } from "./driver.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { checkFilter } from "./filter.js";
import { checkKey, listScope } from "./keys.js";
import { type KindDeclaration, kinds } from "./kinds.js";
import { decodeCursor, encodeCursor, pageSize } from "./pagination.js";
import {
  documentAdmission,
  nextVersion,
  parseDocument,
  parseSubmission,
  sameContent,
  submissionAdmission,
  submissionKept,
  submissionLimits,
} from "./rules.js";
import type {
  CollectionName,
  DocumentKey,
  Page,
  Store,
  Stored,
  SubmissionKind,
  SubmitResult,
} from "./store.js";
import { scopeOf } from "./store.js";

/** Parents kept for admission decisions; each decision is re-checked against the parent's version. */
const maxCachedParents = 1000;

/**
 * A Store over a driver's primitives, holding every rule of the contract once (in the spirit of
 * unstorage's `createStorage`): parsing at the edge, key and filter checks, scoping, versions,
 * idempotent submissions, admission and pagination. A driver only keeps and finds rows.
 *
 * A submission is one round trip in the common case: the document it answers (a response's survey)
 * is cached with its version, admission is decided on it, and the driver stores the submission only
 * if that version is still current; otherwise the parent is read again and the decision remade.
 *
 * @example
 * const store = createStore(memoryDriver());
 */
export function createStore(driver: StoreDriver, options: { now?: () => Date } = {}): Store {
  const now = options.now ?? (() => new Date());
  const parents = new Map<string, DriverDocument>();
  const admissionQueues = new Map<string, Promise<unknown>>();

  /**
   * Runs saves judged against the other documents of their kind (a goal against its tree) one at a
   * time per partnership and kind: two saves read at once could each be admitted and together break
   * the rule (two visions, a cycle). This holds within one store object, so within one `cwd serve`.
   */
  function oneAtATime<T>(key: string, save: () => Promise<T>): Promise<T> {
    const saved = (admissionQueues.get(key) ?? Promise.resolve()).then(save);
    const settled = saved.catch(() => undefined);
    admissionQueues.set(key, settled);
    void settled.then(() => {
      if (admissionQueues.get(key) === settled) admissionQueues.delete(key);
    });
    return saved;
  }

  async function getDocument(kind: CollectionName, key: DocumentKey): Promise<DriverDocument> {
    checkKey(kind, key);
    const found = await driver.getDocument(kind, key);
    if (!found) throw new NotFoundError(`${kind} ${key.id} not found`);
    return found;
  }

  async function parentOf(kind: CollectionName, key: DocumentKey, fresh: boolean): Promise<DriverDocument> {
    const cacheKey = `${kind}/${key.partnershipId}/${key.id}`;
    const cached = fresh ? undefined : parents.get(cacheKey);
    if (cached) return cached;
    const found = await getDocument(kind, key);
    parents.delete(cacheKey);
    if (parents.size >= maxCachedParents) parents.delete(parents.keys().next().value as string);
    parents.set(cacheKey, found);
    return found;
  }

  /** Every stored document of a kind in one partnership, read a page at a time. */
  async function allDocuments(kind: CollectionName, partnershipId: string): Promise<object[]> {
    const all: object[] = [];
    let after: string | undefined;
    for (;;) {
      const rows = await driver.listDocuments(kind, { partnershipId, filter: {}, after, limit: 1000 });
      all.push(...rows.map((row) => row.data));
      if (rows.length < 1000) return all;
      after = (all[all.length - 1] as { id: string }).id;
    }
  }

  function listRequest(
    name: string,
    query: { partnershipId?: string; filter?: unknown; cursor?: string; limit?: number },
  ) {
    const filter = checkFilter(name as CollectionName, query.filter) as Record<string, string>;
    const partnershipId = listScope(name, query.partnershipId);
    const limit = pageSize(query.limit);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    // One row more than the page: it only tells whether a next page exists.
    const request: DriverListRequest = { partnershipId, filter, after, limit: limit + 1 };
    return { request, limit };
  }

  function page<T extends { id: string }>(rows: T[], limit: number): Page<T> {
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return rows.length > limit && last ? { items, nextCursor: encodeCursor(last.id) } : { items };
  }

  /** Writes a checked document over the version it was read at (none: a new one). */
  async function write(
    collection: CollectionName,
    key: DocumentKey,
    document: { version?: number },
  ): Promise<object> {
    const what = `${collection} ${key.id}`;
    const { version: read, ...data } = document;
    if (read === undefined) {
      if (await driver.insertDocument(collection, key, data)) return { ...data, version: 1 };
    } else {
      const version = nextVersion(read, read, what);
      if (await driver.updateDocument(collection, key, data, read)) return { ...data, version };
    }
    // The guarded write touched nothing: say why, from what is stored now.
    const stored = await driver.getDocument(collection, key);
    nextVersion(stored?.version, read, what);
    throw new ConflictError(
      `${what} changed while it was being written; reload and try again`,
      stored?.version,
    );
  }

  /** The answer to a submission whose id is stored already: a harmless retry, or a clash. */
  function retried<T>(stored: object, submission: { id: string }): SubmitResult<T> {
    if (!sameContent(stored, submission))
      throw new ConflictError(`submission ${submission.id} was stored with other content`);
    return { submission: stored as T, created: false };
  }

  return {
    async get(collection, key) {
      const { data, version } = await getDocument(collection, key);
      return { ...data, version } as never;
    },

    async list(collection, query = {}) {
      const { request, limit } = listRequest(collection, query);
      const rows = await driver.listDocuments(collection, request);
      return page(
        rows.map(({ data, version }) => ({ ...data, version }) as Stored<{ id: string }>),
        limit,
      ) as never;
    },

    async put(collection, input) {
      const document = parseDocument(collection, input);
      const key = { partnershipId: scopeOf(collection, document), id: document.id };
      parents.delete(`${collection}/${key.partnershipId}/${key.id}`);
      // Every document but a partnership belongs to one, which must exist.
      if (collection !== "partnerships")
        await getDocument("partnerships", { partnershipId: key.partnershipId, id: key.partnershipId });
      const admit = documentAdmission[collection];
      if (!admit) return (await write(collection, key, document)) as never;
      return oneAtATime(`${collection}/${key.partnershipId}`, async () => {
        admit(document as never, (await allDocuments(collection, key.partnershipId)) as never);
        return (await write(collection, key, document)) as never;
      });
    },

    async submit(kind: SubmissionKind, input: unknown) {
      const sent = parseSubmission(kind, input);
      const declaration: KindDeclaration = kinds[kind];
      const parent = declaration.parent;
      for (let attempt = 0; attempt < 3; attempt++) {
        let condition = {};
        let limit: { max: number; message: string } | undefined;
        let submission = sent;
        if (parent) {
          const key = {
            partnershipId: sent.partnershipId,
            id: (sent as unknown as Record<string, string>)[parent.field] as string,
          };
          const parentKind = parent.kind as CollectionName;
          let found: DriverDocument;
          try {
            found = await parentOf(parentKind, key, attempt > 0);
          } catch (error) {
            // A stored submission is still a retry, whatever became of what it answered.
            const stored = await driver.getSubmission(kind, sent.id);
            if (stored) return retried(stored, sent);
            throw error;
          }
          const partnershipKey = { partnershipId: sent.partnershipId, id: sent.partnershipId };
          const partnership = await parentOf("partnerships", partnershipKey, attempt > 0);
          submission = submissionKept[kind]?.(found.data as never, sent as never) ?? sent;
          try {
            submissionAdmission[kind](found.data as never, sent as never, now(), partnership.data as never);
          } catch (error) {
            // Made while the survey was open, a stored response is answered as a retry after it closed.
            const stored = await driver.getSubmission(kind, submission.id);
            if (stored) return retried(stored, submission);
            // Refused on cached documents, it is decided again on fresh ones (a gmina added since).
            if (attempt === 0 && error instanceof ValidationError) continue;
            throw error;
          }
          limit = submissionLimits[kind]?.(found.data as never);
          condition = { parent: { kind: parentKind, key, version: found.version, limit: limit?.max } };
        }
        const outcome = await driver.insertSubmission(kind, submission, condition);
        if (outcome === "inserted") return { submission, created: true } as never;
        if (outcome === "full" && limit) throw new ForbiddenError(limit.message, "full");
        if (outcome === "exists") {
          const stored = await driver.getSubmission(kind, submission.id);
          if (stored) return retried(stored, submission);
        }
        // The parent changed since it was read: decide again on its current version.
      }
      throw new ConflictError(
        `submission ${sent.id} could not be stored while its survey kept changing; try again`,
      );
    },

    async listSubmissions(kind, query) {
      const { request, limit } = listRequest(kind, query);
      const rows = await driver.listSubmissions(kind, {
        ...request,
        partnershipId: request.partnershipId as string,
      });
      return page(rows as { id: string }[], limit) as never;
    },

    close: () => driver.close(),
  } satisfies Store as Store;
}
