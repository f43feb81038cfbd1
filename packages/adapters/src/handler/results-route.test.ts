import { readFileSync } from "node:fs";
import type { Store, Survey } from "@cwd/core";
import { beforeEach, describe, expect, it } from "vitest";
import { createHandler } from "../handler.js";
import { createMemoryStore } from "../memory.js";

const demo = JSON.parse(
  readFileSync(new URL("../../../cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const survey: Survey = demo.surveys[0];
const pid = demo.partnership.id;
const url = (sid: string, query = "") =>
  `http://cwd.test/api/partnerships/${pid}/surveys/${sid}/results${query}`;
const token = "s3cret-admin-token";

let store: Store;
let handler: ReturnType<typeof createHandler>;

beforeEach(async () => {
  store = createMemoryStore();
  await store.put("partnerships", demo.partnership);
  await store.put("surveys", survey);
  for (let i = 0; i < 6; i++) {
    await store.submit("responses", {
      id: `7d0f8a52-2c4b-4c1e-9a59-${i.toString().padStart(12, "0")}`,
      partnershipId: pid,
      surveyId: survey.id,
      submittedAt: "2026-11-27T12:00:00Z",
      answers: {
        gmina: i < 5 ? "gmina-klukowo" : "gmina-sokoly",
        "ocena-miejsca": 4,
        problemy: ["transport"],
      },
    });
  }
  handler = createHandler(store, { adminToken: token });
});

async function close(changes: Partial<Survey> = {}) {
  const stored = await store.get("surveys", { partnershipId: pid, id: survey.id });
  await store.put("surveys", { ...stored, ...changes });
}

describe("GET …/surveys/{sid}/results", () => {
  it("is not public while the survey is open and its results unpublished", async () => {
    const res = await handler.fetch(new Request(url(survey.id)));
    expect(res.status).toBe(401);
    const insider = await handler.fetch(
      new Request(url(survey.id), { headers: { Authorization: `Bearer ${token}` } }),
    );
    expect(insider.status).toBe(200);
    expect((await insider.json()).respondents).toBe(6);
  });

  it("is public once closed, with cells under 5 suppressed however small a k is asked for", async () => {
    await close({ status: "closed" });
    const res = await handler.fetch(new Request(url(survey.id, "?by=gmina&k=1")));
    expect(res.status).toBe(200);
    const results = await res.json();
    expect(results.by).toEqual({ question: "gmina", k: 5 });
    expect(results.crosstabs.problemy["gmina-klukowo"].transport).toBe(5);
    expect(results.crosstabs.problemy["gmina-sokoly"].transport).toBeNull();
  });

  it("lets an admin choose a smaller k, and is public when results are published early", async () => {
    const admin = await handler.fetch(
      new Request(url(survey.id, "?by=gmina&k=1"), { headers: { Authorization: `Bearer ${token}` } }),
    );
    expect((await admin.json()).crosstabs.problemy["gmina-sokoly"].transport).toBe(1);
    await close({ resultsPublished: true });
    expect((await handler.fetch(new Request(url(survey.id)))).status).toBe(200);
  });

  it("filters by a member, suppressing what fewer than 5 of its respondents said", async () => {
    await close({ status: "closed" });
    const of = async (member: string) =>
      (await handler.fetch(new Request(url(survey.id, `?where=gmina&equals=${member}&k=1`)))).json();
    const klukowo = await of("gmina-klukowo");
    expect(klukowo.respondents).toBe(5);
    expect(klukowo.where).toEqual({ question: "gmina", option: "gmina-klukowo", k: 5 });
    expect(klukowo.questions.problemy.options.transport.count).toBe(5);
    const sokoly = await of("gmina-sokoly");
    expect(sokoly.respondents).toBe(1);
    expect(sokoly.questions.problemy.options.transport).toMatchObject({ count: null, share: null });
    expect(sokoly.questions["ocena-miejsca"].mean).toBeNull();
    const half = await handler.fetch(new Request(url(survey.id, "?where=gmina")));
    expect(half.status).toBe(400);
  });

  it("hides a draft and names a bad query", async () => {
    await close({ status: "draft" });
    expect((await handler.fetch(new Request(url(survey.id)))).status).toBe(404);
    const res = await handler.fetch(
      new Request(url(survey.id, "?by=ocena-miejsca"), { headers: { Authorization: `Bearer ${token}` } }),
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("not a choice or member question");
  });
});
