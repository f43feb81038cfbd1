import type { CollectionName, DocumentKey, SubmissionKind } from "./store.js";

/** A document as a driver keeps it: its content (without the version) and its version. */
export interface DriverDocument {
  data: object;
  version: number;
}

/**
 * One page's worth of a list, as `createStore` asks a driver for it: rows in id order after `after`,
 * at most `limit` of them, matching every filter field exactly. The filter is already checked.
 */
export interface DriverListRequest {
  /** Absent only for partnerships, which are their own scope. */
  partnershipId?: string;
  filter: Record<string, string>;
  after?: string;
  limit: number;
}

/**
 * A submission's condition: it is stored only while the document it answers (a response's survey)
 * is still at the version its admission was decided on, so a decision made on a cached survey can
 * never admit a response to a survey closed meanwhile.
 */
export interface SubmissionCondition {
  /**
   * With `limit`, it is also stored only while fewer than `limit` submissions of its kind answer that
   * parent (an event's places): counted and inserted as one atomic step, so two racing for the last
   * place cannot both get it.
   */
  parent?: { kind: CollectionName; key: DocumentKey; version: number; limit?: number };
}

/**
 * What a storage must provide for `createStore`: primitives only. Parsing, admission, versions,
 * idempotency, scoping and pagination live in `createStore`, once, so a driver cannot get them wrong.
 * Every method may be called concurrently; each must be atomic on its own.
 */
export interface StoreDriver {
  getDocument(kind: CollectionName, key: DocumentKey): Promise<DriverDocument | undefined>;
  /** Stores a document at version 1; false when one with that key exists. */
  insertDocument(kind: CollectionName, key: DocumentKey, data: object): Promise<boolean>;
  /** Replaces a document and raises its version by one, only if it is at `version` now; false otherwise. */
  updateDocument(kind: CollectionName, key: DocumentKey, data: object, version: number): Promise<boolean>;
  listDocuments(kind: CollectionName, request: DriverListRequest): Promise<DriverDocument[]>;
  getSubmission(kind: SubmissionKind, id: string): Promise<object | undefined>;
  /**
   * Stores a submission unless one with its id exists (`exists`) or the condition's parent is no
   * longer at its version (`parent_changed`, nothing stored), or its parent has its limit (`full`).
   */
  insertSubmission(
    kind: SubmissionKind,
    submission: { id: string; partnershipId: string } & Record<string, unknown>,
    condition: SubmissionCondition,
  ): Promise<"inserted" | "exists" | "parent_changed" | "full">;
  listSubmissions(
    kind: SubmissionKind,
    request: DriverListRequest & { partnershipId: string },
  ): Promise<object[]>;
  /** Releases connections or files. */
  close(): Promise<void>;
}
