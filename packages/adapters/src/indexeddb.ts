import {
  isStoreError,
  type Store,
  type SubmissionKind,
  type SubmissionOf,
  type SubmitResult,
} from "@cwd/core";

/** A submission kept on this device until the server accepts or refuses it. */
export interface OutboxItem {
  kind: SubmissionKind;
  submission: { id: string } & Record<string, unknown>;
  /** When it was kept (ISO 8601): items are sent oldest first. */
  savedAt: string;
}

/** What `submit` on an outbox store answers: `pending` when the submission waits on this device. */
export type OutboxSubmitResult<T> = SubmitResult<T> & { pending: boolean };

/**
 * A Store that keeps every submission in an IndexedDB outbox until the inner store has taken it.
 * `events` fires `cwd-outbox-sent` (detail: the OutboxItem) and `cwd-outbox-refused` (detail: the
 * OutboxItem and its `error`).
 */
export interface OutboxStore extends Store {
  submit<K extends SubmissionKind>(
    kind: K,
    submission: SubmissionOf<K>,
  ): Promise<OutboxSubmitResult<SubmissionOf<K>>>;
  /** The submissions waiting on this device, oldest first. */
  pending(): Promise<OutboxItem[]>;
  /** Tries to send everything kept now; resolves once each item is sent, kept or refused. */
  flush(): Promise<void>;
  readonly events: EventTarget;
}

export interface OutboxStoreOptions {
  /** The store that really sends: normally `createHttpStore(...)`. */
  store: Store;
  /** IndexedDB database name (default `cwd-outbox`): one per origin is enough. */
  databaseName?: string;
  /** Wait before trying again after a network failure, in milliseconds (default 30 000). */
  retryMs?: number;
}

/**
 * A kept item as stored: keyed by kind and id (a resend replaces it), and numbered in the order it
 * was kept, since two kept within one millisecond share their `savedAt`.
 */
type Kept = OutboxItem & { key: string; sequence: number };
type Outcome =
  | { status: "sent"; created: boolean }
  | { status: "kept" }
  | { status: "refused"; error: unknown };

const table = "outbox";

/**
 * A Store for browsers that wraps another (normally the HTTP one) and keeps submissions made without
 * a network in IndexedDB, so a survey response survives a reload or a browser restart and is sent
 * once the network returns: when the `online` event fires, when the store is created, and every
 * `retryMs` while something waits. Each submission carries its client-made id and the server stores
 * an id once, answering a resend as success, so a response sent twice (a lost answer, two tabs) is
 * still counted once. A network failure (no answer, 503, an answer that is not the API's JSON) keeps
 * the item; a refusal (invalid, closed survey, clash) removes it and fires `cwd-outbox-refused`.
 * Reads pass through to the inner store. Without IndexedDB (a blocked storage) submissions go
 * straight to the inner store.
 *
 * @example
 * const store = createOutboxStore({ store: createHttpStore({ baseUrl: "/api" }) });
 * const { pending } = await store.submit("responses", response); // pending: saved on this device
 * store.events.addEventListener("cwd-outbox-sent", (event) => console.log(event.detail.submission.id));
 */
export function createOutboxStore(options: OutboxStoreOptions): OutboxStore {
  const inner = options.store;
  const name = options.databaseName ?? "cwd-outbox";
  const retryMs = options.retryMs ?? 30_000;
  const events = new EventTarget();
  const sending = new Map<string, Promise<Outcome>>();
  let database: Promise<IDBDatabase> | undefined;
  let flushing: Promise<void> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const opened = () => {
    database ??= openDatabase(name).catch((error: unknown) => {
      database = undefined;
      throw error;
    });
    return database;
  };

  /** Sends one kept item; an item already on its way is not sent a second time from here. */
  function send(item: Kept): Promise<Outcome> {
    let outcome = sending.get(item.key);
    if (!outcome) {
      outcome = attempt(item).finally(() => sending.delete(item.key));
      sending.set(item.key, outcome);
    }
    return outcome;
  }

  async function attempt(item: Kept): Promise<Outcome> {
    let created: boolean;
    try {
      ({ created } = await inner.submit(item.kind, item.submission as never));
    } catch (error) {
      if (isNetworkFailure(error)) {
        retryLater(error);
        return { status: "kept" };
      }
      await run(await opened(), "readwrite", (rows) => rows.delete(item.key));
      events.dispatchEvent(new CustomEvent("cwd-outbox-refused", { detail: { ...plain(item), error } }));
      return { status: "refused", error };
    }
    await run(await opened(), "readwrite", (rows) => rows.delete(item.key));
    events.dispatchEvent(new CustomEvent("cwd-outbox-sent", { detail: plain(item) }));
    return { status: "sent", created };
  }

  function retryLater(error: unknown): void {
    if (closed || retryTimer) return;
    const seconds = isStoreError(error)
      ? (error as { retryAfterSeconds?: number }).retryAfterSeconds
      : undefined;
    retryTimer = setTimeout(
      () => {
        retryTimer = undefined;
        void flush();
      },
      seconds ? seconds * 1000 : retryMs,
    );
  }

  async function pending(): Promise<OutboxItem[]> {
    const rows = await run(await opened(), "readonly", (table) => table.getAll() as IDBRequest<Kept[]>);
    return rows.sort((a, b) => a.sequence - b.sequence).map(plain);
  }

  async function sendAll(): Promise<void> {
    for (const item of await pending()) {
      // The network is down: the rest would fail the same way.
      if ((await send(keyed(item))).status === "kept") return;
    }
  }

  function flush(): Promise<void> {
    if (closed) return Promise.resolve();
    flushing ??= sendAll()
      .catch(() => undefined) // no IndexedDB: nothing was kept, so nothing waits
      .finally(() => {
        flushing = undefined;
      });
    return flushing;
  }

  const onOnline = () => void flush();
  globalThis.addEventListener?.("online", onOnline);
  void flush();

  return {
    get: (collection, key) => inner.get(collection, key),
    list: (collection, query) => inner.list(collection, query),
    put: (collection, document) => inner.put(collection, document),
    listSubmissions: (kind, query) => inner.listSubmissions(kind, query),

    async submit(kind, submission) {
      const item = keyed({
        kind,
        submission: submission as OutboxItem["submission"],
        savedAt: new Date().toISOString(),
      });
      try {
        await run(await opened(), "readwrite", (rows) => rows.put(item));
      } catch {
        return { ...(await inner.submit(kind, submission)), pending: false };
      }
      const outcome = await send(item);
      // Refused: the caller hears why, as from any other store.
      if (outcome.status === "refused") throw outcome.error;
      const created = outcome.status === "sent" && outcome.created;
      return { submission, created, pending: outcome.status === "kept" };
    },

    pending,
    flush,
    events,

    async close() {
      closed = true;
      clearTimeout(retryTimer);
      globalThis.removeEventListener?.("online", onOnline);
      (await database?.catch(() => undefined))?.close();
      await inner.close();
    },
  };
}

/**
 * A failure that says nothing about the submission itself, so it is worth sending again: no answer
 * at all (a TypeError from fetch, the HTTP store's "cannot reach"), a 503, or an answer that is not
 * the API's (a captive portal's page). The store errors the API gives for the submission are final.
 */
function isNetworkFailure(error: unknown): boolean {
  return !isStoreError(error) || error.code === "unavailable";
}

let lastSequence = 0;

/** Microseconds since 1970, never twice the same in one page, and rising across reloads. */
function nextSequence(): number {
  lastSequence = Math.max(lastSequence + 1, Math.floor((performance.timeOrigin + performance.now()) * 1000));
  return lastSequence;
}

function keyed(item: OutboxItem): Kept {
  return { ...item, key: `${item.kind}/${item.submission.id}`, sequence: nextSequence() };
}

function plain({ kind, submission, savedAt }: OutboxItem): OutboxItem {
  return { kind, submission, savedAt };
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") return reject(new Error("IndexedDB is not available here"));
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(table, { keyPath: "key" });
    request.onsuccess = () => {
      const database = request.result;
      // Another tab upgrading the database must not wait for this one to be closed by hand.
      database.onversionchange = () => database.close();
      resolve(database);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`IndexedDB ${name} is blocked by another tab`));
  });
}

/**
 * One request in its own transaction, resolved once the transaction is committed: with "strict"
 * durability a kept submission is on disk before `submit` says it is saved.
 */
function run<T>(
  database: IDBDatabase,
  mode: IDBTransactionMode,
  work: (rows: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(table, mode, { durability: "strict" });
    const request = work(transaction.objectStore(table));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error ?? request.error);
    transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
  });
}
