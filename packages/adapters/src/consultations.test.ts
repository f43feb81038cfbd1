// The consultation kinds through real stores: memory and SQL on PGlite.

import {
  ConflictError,
  createExchangeDocument,
  ForbiddenError,
  importPartnership,
  type Store,
} from "@cwd/core";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { aComment, anAnswer, consultation, partnership, uuid } from "../test/consultation.js";
import { uniqueName } from "../test/postgres.js";
import { createMemoryStore } from "./memory.js";
import { createSqlStore, pgliteDriver } from "./sql.js";

let pglite: PGlite | undefined;
afterAll(async () => {
  await pglite?.close();
});

const stores: [string, () => Store | Promise<Store>][] = [
  ["memory", () => createMemoryStore()],
  [
    "SQL on PGlite",
    () => {
      pglite ??= new PGlite();
      return createSqlStore(pgliteDriver({ db: pglite }), { schema: uniqueName("consultations") });
    },
  ],
];

describe.each(stores)("consultations, comments, moderation and answers on %s", (_name, open) => {
  it("keeps them, lists by consultation, refuses stale writes and late comments", {
    timeout: 60_000,
  }, async () => {
    const store = await open();
    await store.put("partnerships", partnership);
    const stored = await store.put("consultations", consultation);
    expect(await store.get("consultations", { partnershipId: partnership.id, id: consultation.id })).toEqual(
      stored,
    );
    await expect(store.put("consultations", { ...consultation, version: undefined })).rejects.toThrow(
      ConflictError,
    );

    const comment = aComment();
    expect((await store.submit("comments", comment)).created).toBe(true);
    expect((await store.submit("comments", comment)).created).toBe(false);
    const listed = await store.listSubmissions("comments", {
      partnershipId: partnership.id,
      filter: { consultationId: consultation.id },
    });
    expect(listed.items).toEqual([comment]);

    const step = {
      id: uuid(),
      partnershipId: partnership.id,
      consultationId: consultation.id,
      commentId: comment.id,
      action: "hide" as const,
      reason: "wulgaryzmy",
      at: "2026-02-02T10:00:00Z",
      by: "moderator",
    };
    await store.submit("moderation", step);
    const steps = await store.listSubmissions("moderation", {
      partnershipId: partnership.id,
      filter: { commentId: comment.id, action: "hide" },
    });
    expect(steps.items).toEqual([step]);

    const answer = await store.put("answers", anAnswer(comment));
    expect(answer.version).toBe(1);
    const answers = await store.list("answers", {
      partnershipId: partnership.id,
      filter: { consultationId: consultation.id },
    });
    expect(answers.items.map((a) => a.commentId)).toEqual([comment.id]);

    await store.put("consultations", {
      ...consultation,
      closesAt: "2026-01-03T00:00:00Z",
      version: stored.version,
    });
    await expect(store.submit("comments", aComment())).rejects.toThrow(ForbiddenError);
    await store.close();
  });
});

describe("importing a reported consultation", () => {
  it("keeps its past comments and answers, and leaves it reported and closed to new ones", async () => {
    const store = createMemoryStore();
    const reported = {
      ...consultation,
      closesAt: "2026-01-20T00:00:00Z",
      reportPublishedAt: "2026-02-10T00:00:00Z",
    };
    const comments = [aComment({ submittedAt: "2026-01-10T10:00:00Z" }), aComment()];
    const document = createExchangeDocument({
      partnership,
      consultations: [reported],
      comments,
      answers: comments.map(anAnswer),
      exportedAt: new Date("2026-03-01T00:00:00Z"),
    });
    const summary = await importPartnership(store, document);
    expect(summary).toMatchObject({
      consultations: { created: 1 },
      comments: { created: 2 },
      answers: { created: 2 },
    });
    const stored = await store.get("consultations", { partnershipId: partnership.id, id: consultation.id });
    expect(stored).toEqual({ ...reported, version: 2 });
    await expect(store.submit("comments", aComment())).rejects.toThrow(ForbiddenError);
    expect(await importPartnership(store, document)).toMatchObject({
      consultations: { unchanged: 1 },
      comments: { unchanged: 2 },
    });
  });
});
