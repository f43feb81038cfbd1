import {
  ConflictError,
  ForbiddenError,
  type Issue,
  NotFoundError,
  type Store,
  type StoreErrorCode,
  UnavailableError,
  ValidationError,
} from "@cwd/core";
import { expect } from "vitest";

/** What every contract test is given: the fresh store of the running test, and error checks. */
export interface ContractContext {
  /** The store made for the running test: new and empty. */
  store(): Store;
  /** True when errors must be instances of core's classes (the store runs in this process). */
  coreClasses: boolean;
  /**
   * Awaits a call that must fail with a store error of `code`, checks its class when the store
   * runs in this process, and returns it for further checks.
   */
  rejection(promise: Promise<unknown>, code: StoreErrorCode): Promise<ContractError>;
}

/** A store error as seen by a test, whichever copy of core made it. */
export interface ContractError extends Error {
  code: StoreErrorCode;
  issues?: Issue[];
  currentVersion?: number;
}

const classes = {
  not_found: NotFoundError,
  conflict: ConflictError,
  invalid: ValidationError,
  forbidden: ForbiddenError,
  unavailable: UnavailableError,
} as const;

/** Builds the `rejection` check; `coreClasses` also demands `instanceof` the core error class. */
export function rejectionCheck(coreClasses: boolean): ContractContext["rejection"] {
  return async (promise, code) => {
    let error: unknown;
    let value: unknown;
    try {
      value = await promise;
    } catch (caught) {
      error = caught;
    }
    expect(error, `expected a "${code}" error, the call returned ${JSON.stringify(value)}`).toBeInstanceOf(
      Error,
    );
    expect(error).toMatchObject({ code });
    if (coreClasses) expect(error).toBeInstanceOf(classes[code]);
    return error as ContractError;
  };
}

/** The paths a ValidationError names, for `toContain` checks. */
export function issuePaths(error: ContractError): string[] {
  expect(error.issues, "a ValidationError lists its issues").toBeInstanceOf(Array);
  return (error.issues ?? []).map((issue) => issue.path);
}
