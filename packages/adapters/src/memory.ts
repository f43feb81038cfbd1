import {
  createStore,
  type DocumentKey,
  type DriverDocument,
  type DriverListRequest,
  type KindDeclaration,
  kinds,
  matchesFilter,
  type Store,
  type StoreDriver,
  type SubmissionKind,
} from "@cwd/core";

/**
 * The driver of the memory store: maps of plain values, copied in and out so callers never share
 * state with it. Each primitive completes without yielding, which makes it atomic.
 */
export function memoryDriver(): StoreDriver {
  const documents = new Map<string, DriverDocument & { partnershipId: string; id: string }>();
  const submissions = new Map<string, { partnershipId: string; id: string } & Record<string, unknown>>();
  const keyOf = (kind: string, partnershipId: string, id: string) =>
    `${kind}\u0000${partnershipId}\u0000${id}`;
  let closed = false;

  /** The submissions of a kind that answer one parent (an event's sign-ups). */
  function answering(kind: SubmissionKind, parent: DocumentKey) {
    const field = (kinds[kind] as KindDeclaration).parent?.field as string;
    return [...submissions.entries()].filter(
      ([at, row]) =>
        at.startsWith(`${kind}\u0000`) &&
        row.partnershipId === parent.partnershipId &&
        row[field] === parent.id,
    );
  }

  function open(): void {
    if (closed) throw new Error("this memory store is closed");
  }

  function pageOf<T extends { id: string }>(
    rows: Iterable<T>,
    request: DriverListRequest,
    scope: (row: T) => string,
    fields: (row: T) => object,
  ): T[] {
    return [...rows]
      .filter((row) => request.partnershipId === undefined || scope(row) === request.partnershipId)
      .filter((row) => request.after === undefined || row.id > request.after)
      .filter((row) => matchesFilter(fields(row), request.filter))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, request.limit);
  }

  return {
    async getDocument(kind, key) {
      open();
      const found = documents.get(keyOf(kind, key.partnershipId, key.id));
      return found && { data: structuredClone(found.data), version: found.version };
    },

    async insertDocument(kind, key, data) {
      open();
      const at = keyOf(kind, key.partnershipId, key.id);
      if (documents.has(at)) return false;
      documents.set(at, { ...key, data: structuredClone(data), version: 1 });
      return true;
    },

    async updateDocument(kind, key, data, version) {
      open();
      const at = keyOf(kind, key.partnershipId, key.id);
      if (documents.get(at)?.version !== version) return false;
      documents.set(at, { ...key, data: structuredClone(data), version: version + 1 });
      return true;
    },

    async listDocuments(kind, request) {
      open();
      const prefix = `${kind}\u0000`;
      const rows = [...documents.entries()].filter(([at]) => at.startsWith(prefix)).map(([, row]) => row);
      return pageOf(
        rows,
        request,
        (row) => row.partnershipId,
        (row) => row.data,
      ).map((row) => ({
        data: structuredClone(row.data),
        version: row.version,
      }));
    },

    async getSubmission(kind, id) {
      open();
      const found = submissions.get(`${kind}\u0000${id}`);
      return found && structuredClone(found);
    },

    async insertSubmission(kind, submission, condition) {
      open();
      const at = `${kind}\u0000${submission.id}`;
      if (submissions.has(at)) return "exists";
      const parent = condition.parent;
      if (parent) {
        const current = documents.get(keyOf(parent.kind, parent.key.partnershipId, parent.key.id));
        if (current?.version !== parent.version) return "parent_changed";
        if (parent.limit !== undefined && answering(kind, parent.key).length >= parent.limit) return "full";
      }
      submissions.set(at, structuredClone(submission));
      return "inserted";
    },

    async listSubmissions(kind, request) {
      open();
      const prefix = `${kind}\u0000`;
      const rows = [...submissions.entries()].filter(([at]) => at.startsWith(prefix)).map(([, row]) => row);
      return pageOf(
        rows,
        request,
        (row) => row.partnershipId,
        (row) => row,
      ).map((row) => structuredClone(row));
    },

    async close() {
      closed = true;
    },
  };
}

/**
 * A Store that keeps everything in memory: for tests, demos and as the reference every other
 * adapter is measured against. Values are copied in and out, so callers never share state with it.
 *
 * @example
 * const store = createMemoryStore();
 * await store.put("partnerships", partnership);
 */
export function createMemoryStore(): Store {
  return createStore(memoryDriver());
}
