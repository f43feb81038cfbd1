import { type CollectionName, type KindName, kinds, type SubmissionKind } from "@cwd/core";
import { beforeEach, describe, expect, it } from "vitest";
import { type ContractContext, issuePaths } from "./context.js";
import { kindExamples, partnershipId } from "./fixtures.js";

const names = Object.keys(kinds) as KindName[];

/**
 * The same cases for every kind of the registry, from its example: a document is stored at version 1,
 * read back, listed, updated over the version read and refused when stale; a submission is stored
 * once however often it is sent; anything without a well-formed id is refused, naming `id`.
 */
export function describeEveryKind({ store, rejection }: ContractContext): void {
  describe("every kind of the registry", () => {
    /** Stores the examples of the document kinds that come before `name` (its parents). */
    async function storeParents(name: KindName): Promise<void> {
      for (const before of names.slice(0, names.indexOf(name))) {
        if (kinds[before].type !== "document") continue;
        for (const example of kindExamples[before]())
          await store().put(before as CollectionName, example as never);
      }
    }

    for (const name of names) {
      const kind = kinds[name];
      describe(`${name} (${kind.type})`, () => {
        beforeEach(() => storeParents(name));

        if (kind.type === "document") {
          const collection = name as CollectionName;
          it(`stores, reads, lists and updates a ${kind.noun} over its version`, async () => {
            const example = kindExamples[name]()[0] as { id: string };
            const key = { partnershipId, id: example.id };
            expect(await store().put(collection, example as never)).toEqual({ ...example, version: 1 });
            expect(await store().get(collection, key)).toEqual({ ...example, version: 1 });
            const listed = await store().list(
              collection,
              collection === "partnerships" ? {} : { partnershipId },
            );
            expect(listed.items.map((item) => item.id)).toContain(example.id);
            expect((await store().put(collection, { ...example, version: 1 } as never)).version).toBe(2);
            await rejection(store().put(collection, { ...example, version: 1 } as never), "conflict");
          });

          it(`refuses a ${kind.noun} without a well-formed id, naming it`, async () => {
            const error = await rejection(
              store().put(collection, { ...kindExamples[name]()[0], id: "Not An Id" } as never),
              "invalid",
            );
            expect(issuePaths(error)).toContain("id");
          });
        } else {
          const submissionKind = name as SubmissionKind;
          it(`stores a ${kind.noun} once, however often it is sent`, async () => {
            const example = kindExamples[name]()[0] as { id: string };
            expect((await store().submit(submissionKind, example as never)).created).toBe(true);
            expect((await store().submit(submissionKind, example as never)).created).toBe(false);
            const listed = await store().listSubmissions(submissionKind, { partnershipId });
            expect(listed.items.filter((item) => item.id === example.id)).toHaveLength(1);
          });

          it(`refuses a ${kind.noun} without a well-formed id, naming it`, async () => {
            const error = await rejection(
              store().submit(submissionKind, { ...kindExamples[name]()[0], id: "42" } as never),
              "invalid",
            );
            expect(issuePaths(error)).toContain("id");
          });
        }
      });
    }
  });
}
