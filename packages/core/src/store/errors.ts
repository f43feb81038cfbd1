/** One problem with the input: where (`members.3.terc`) and what. */
export interface Issue {
  path: string;
  message: string;
}

export const storeErrorCodes = ["not_found", "conflict", "invalid", "forbidden", "unavailable"] as const;
export type StoreErrorCode = (typeof storeErrorCodes)[number];

/**
 * Base of the typed errors every Store throws. Check `code` rather than `instanceof` when a value
 * may come from another copy of this package (two bundles on one page).
 */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

/** The thing asked for does not exist (or is not public). */
export class NotFoundError extends StoreError {
  constructor(message: string) {
    super("not_found", message);
  }
}

/** A write based on a stale version, or a submission id reused for different content. */
export class ConflictError extends StoreError {
  readonly currentVersion: number | undefined;
  constructor(message: string, currentVersion?: number) {
    super("conflict", message);
    this.currentVersion = currentVersion;
  }
}

/**
 * The most issues one error lists. Past it the rest are counted in a last issue, so that hostile
 * input (a response with 90,000 unknown answers) cannot turn a small request into a huge answer.
 */
export const maxIssues = 100;

/** The input breaks a rule; `issues` names each field and its problem (at most `maxIssues` + 1). */
export class ValidationError extends StoreError {
  readonly issues: Issue[];
  constructor(issues: Issue[], message = describeIssues(issues)) {
    super("invalid", message);
    this.issues =
      issues.length > maxIssues
        ? [
            ...issues.slice(0, maxIssues),
            { path: "", message: `and ${issues.length - maxIssues} more problems not listed` },
          ]
        : issues;
  }
}

/**
 * Why an action is forbidden, for a program to act on: `not_published` when what was answered is not
 * public yet (a draft survey), so the public is told it does not exist rather than that it is a draft;
 * `full` when what was answered has no places left (an event's sign-ups).
 */
export const forbiddenReasons = ["not_published", "full"] as const;
export type ForbiddenReason = (typeof forbiddenReasons)[number];

/** The action is not allowed: a closed survey, or a write without the right role. */
export class ForbiddenError extends StoreError {
  /** Set when a program may act on why (see `forbiddenReasons`); the message says it to people. */
  readonly reason: ForbiddenReason | undefined;
  constructor(message: string, reason?: ForbiddenReason) {
    super("forbidden", message);
    this.reason = reason;
  }
}

/**
 * The storage cannot be reached just now (a database restarting, a network fault): nothing was
 * written, and the same call may succeed shortly. `retryAfterSeconds` says when to try again.
 */
export class UnavailableError extends StoreError {
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds = 5) {
    super("unavailable", message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isStoreError(error: unknown): error is StoreError {
  if (error instanceof StoreError) return true;
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && storeErrorCodes.includes(code as StoreErrorCode);
}

function describeIssues(issues: Issue[]): string {
  const first = issues[0];
  if (!first) return "invalid input";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return `${first.path || "input"}: ${first.message}${more}`;
}
