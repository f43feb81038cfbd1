import type { Store } from "@cwd/core";
import { afterEach, beforeEach, describe } from "vitest";
import { describeDocumentAdmission } from "./testing/admission.js";
import { type ContractContext, rejectionCheck } from "./testing/context.js";
import { describeDocuments } from "./testing/documents.js";
import { describeEveryKind } from "./testing/kinds.js";
import { describeLists } from "./testing/lists.js";
import { describeSubmissions } from "./testing/submissions.js";

export type { ContractContext, ContractError } from "./testing/context.js";
export * from "./testing/fixtures.js";

export interface StoreContractOptions {
  /**
   * Demand that errors are instances of `@cwd/core`'s classes (and carry `currentVersion` on a
   * conflict). True by default; set it to false for a store whose errors cross a process boundary
   * and are recognised by `code` alone.
   */
  coreClasses?: boolean;
  /** Milliseconds allowed to make or close one store; raise it for slow starts (PGlite takes seconds). */
  hookTimeout?: number;
}

/**
 * The Store contract as a vitest suite: an adapter is done when all of it passes. Every test gets a
 * new, empty store from `makeStore`, and closes it afterwards.
 *
 * @example
 * // my-store.test.ts
 * import { describeStoreContract } from "@cwd/adapters/testing";
 * describeStoreContract("my store", () => createMyStore());
 */
export function describeStoreContract(
  name: string,
  makeStore: () => Store | Promise<Store>,
  options: StoreContractOptions = {},
): void {
  describe(`Store contract: ${name}`, () => {
    let current: Store | undefined;
    beforeEach(async () => {
      current = await makeStore();
    }, options.hookTimeout);
    afterEach(async () => {
      const store = current;
      current = undefined;
      await store?.close();
    }, options.hookTimeout);

    const coreClasses = options.coreClasses ?? true;
    const context: ContractContext = {
      store() {
        if (!current) throw new Error("the store is made before each test and closed after it");
        return current;
      },
      coreClasses,
      rejection: rejectionCheck(coreClasses),
    };
    describeDocuments(context);
    describeLists(context);
    describeSubmissions(context);
    describeEveryKind(context);
    describeDocumentAdmission(context);
  });
}
