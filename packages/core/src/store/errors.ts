/** One problem with the input: where (`members.3.terc`) and what. */
export interface Issue {
  path: string;
  message: string;
}

export const storeErrorCodes = ["not_found", "conflict", "invalid", "forbidden"] as const;
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

/** The input breaks a rule; `issues` names each field and its problem. */
export class ValidationError extends StoreError {
  readonly issues: Issue[];
  constructor(issues: Issue[], message = describeIssues(issues)) {
    super("invalid", message);
    this.issues = issues;
  }
}

/** The action is not allowed: a closed survey, or a write without the right role. */
export class ForbiddenError extends StoreError {
  constructor(message: string) {
    super("forbidden", message);
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
