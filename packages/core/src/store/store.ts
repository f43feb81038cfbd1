import type * as z from "zod/mini";
import { type KindName, kinds } from "./kinds.js";
import type { kindSchemas } from "./rules.js";

type KindsOfType<T extends "document" | "submission"> = {
  [K in KindName]: (typeof kinds)[K]["type"] extends T ? K : never;
}[KindName];

/** Versioned documents, by collection name, from the registry of kinds. A partnership is its own scope. */
export type DocumentCollections = { [K in KindsOfType<"document">]: z.infer<(typeof kindSchemas)[K]> };
export type CollectionName = keyof DocumentCollections;
export type DocumentOf<C extends CollectionName> = DocumentCollections[C];
/** A document as stored: it always carries its version. */
export type Stored<T> = T & { version: number };

/** Append-only, idempotent submissions, by kind, from the registry of kinds. */
export type SubmissionKinds = { [K in KindsOfType<"submission">]: z.infer<(typeof kindSchemas)[K]> };
export type SubmissionKind = keyof SubmissionKinds;
export type SubmissionOf<K extends SubmissionKind> = SubmissionKinds[K];

/** The fields each list can be filtered on (exact match), from the registry of kinds. */
export const filterableFields = Object.fromEntries(
  Object.entries(kinds).map(([name, kind]) => [name, Object.keys(kind.filters)]),
) as { [N in KindName]: (keyof (typeof kinds)[N]["filters"])[] };
export type FilterOf<N extends CollectionName | SubmissionKind> = Partial<
  Record<keyof (typeof kinds)[N]["filters"], string>
>;

/** A page of a list, and the opaque cursor of the next page (absent on the last one). */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface ListQuery<N extends CollectionName | SubmissionKind> {
  /** Required for everything but partnerships. */
  partnershipId?: string;
  filter?: FilterOf<N>;
  cursor?: string;
  /** 1 to 100; 50 when absent. */
  limit?: number;
}

export interface DocumentKey {
  partnershipId: string;
  id: string;
}

export interface SubmitResult<T> {
  submission: T;
  /** false when this id was stored before: the retry changed nothing. */
  created: boolean;
}

/**
 * The Store contract: what every adapter implements and every widget talks to.
 *
 * - Documents are keyed by `partnershipId` + `id` and carry a `version`. `put` writes the version
 *   the caller read (absent to create); a stale or clashing write throws ConflictError.
 * - Submissions are append-only and idempotent: the client makes the id, and the same submission
 *   sent twice is stored once. The same id with other content throws ConflictError.
 * - Lists come in pages with opaque cursors, ordered by id.
 * - Errors are NotFoundError, ConflictError, ValidationError and ForbiddenError from this package.
 */
export interface Store {
  get<C extends CollectionName>(collection: C, key: DocumentKey): Promise<Stored<DocumentOf<C>>>;
  list<C extends CollectionName>(collection: C, query?: ListQuery<C>): Promise<Page<Stored<DocumentOf<C>>>>;
  put<C extends CollectionName>(collection: C, document: DocumentOf<C>): Promise<Stored<DocumentOf<C>>>;
  submit<K extends SubmissionKind>(
    kind: K,
    submission: SubmissionOf<K>,
  ): Promise<SubmitResult<SubmissionOf<K>>>;
  listSubmissions<K extends SubmissionKind>(kind: K, query: ListQuery<K>): Promise<Page<SubmissionOf<K>>>;
  /** Releases connections or files; the store is unusable afterwards. */
  close(): Promise<void>;
}

/** The scope (partnership id) a document belongs to. */
export function scopeOf<C extends CollectionName>(collection: C, document: DocumentOf<C>): string {
  return collection === "partnerships" ? document.id : (document as { partnershipId: string }).partnershipId;
}
