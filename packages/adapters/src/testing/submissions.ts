import type { SurveyResponse } from "@cwd/core";
import { describe, expect, it } from "vitest";
import { type ContractContext, issuePaths } from "./context.js";
import {
  otherPartnershipFixture,
  partnershipFixture,
  partnershipId,
  responseFixture,
  responseId,
  surveyFixture,
} from "./fixtures.js";

/** Submissions: idempotent, append-only, admitted only to open surveys, listed per partnership. */
export function describeSubmissions({ store, rejection }: ContractContext): void {
  async function openSurvey(overrides: Parameters<typeof surveyFixture>[0] = {}) {
    await store().put("partnerships", partnershipFixture());
    await store().put("surveys", surveyFixture(overrides));
  }

  const allResponses = async () =>
    (await store().listSubmissions("responses", { partnershipId, limit: 100 })).items;

  describe("submissions", () => {
    it("stores a response and gives it back", async () => {
      await openSurvey();
      const result = await store().submit("responses", responseFixture());
      expect(result).toEqual({ submission: responseFixture(), created: true });
      expect(await allResponses()).toEqual([responseFixture()]);
    });

    it("stores the same response sent twice once, and says so the second time", async () => {
      await openSurvey();
      await store().submit("responses", responseFixture());
      const retry = await store().submit("responses", responseFixture());
      expect(retry).toEqual({ submission: responseFixture(), created: false });
      expect(await allResponses()).toHaveLength(1);
    });

    it("recognises a retry whatever the order of its fields", async () => {
      await openSurvey();
      await store().submit("responses", responseFixture());
      const { answers, ...rest } = responseFixture();
      const reordered = { answers: Object.fromEntries(Object.entries(answers).reverse()), ...rest };
      expect((await store().submit("responses", reordered as SurveyResponse)).created).toBe(false);
    });

    it("stores a response sent 50 times in parallel once, and reports one creation", async () => {
      await openSurvey();
      const results = await Promise.all(
        Array.from({ length: 50 }, () => store().submit("responses", responseFixture())),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      for (const result of results) expect(result.submission).toEqual(responseFixture());
      expect(await allResponses()).toEqual([responseFixture()]);
    });

    it("refuses the same id with other content, and keeps the first", async () => {
      await openSurvey();
      await store().submit("responses", responseFixture());
      const changed = responseFixture(1, { answers: { gmina: "miasto-wysokie-mazowieckie", ocena: 2 } });
      await rejection(store().submit("responses", changed), "conflict");
      expect(await allResponses()).toEqual([responseFixture()]);
    });

    it("refuses responses to a draft or closed survey", async () => {
      await openSurvey({ status: "draft" });
      await rejection(store().submit("responses", responseFixture(1)), "forbidden");
      await store().put("surveys", surveyFixture({ version: 1, status: "closed" }));
      await rejection(store().submit("responses", responseFixture(2)), "forbidden");
      expect(await allResponses()).toEqual([]);
    });

    it("still recognises a stored response as a retry after the survey has closed", async () => {
      await openSurvey();
      await store().submit("responses", responseFixture());
      await store().put("surveys", surveyFixture({ version: 1, status: "closed" }));
      expect(await store().submit("responses", responseFixture())).toEqual({
        submission: responseFixture(),
        created: false,
      });
    });

    it("refuses responses after the survey's closing time", async () => {
      await openSurvey({ closesAt: "2020-01-31T23:59:59+01:00" });
      await rejection(store().submit("responses", responseFixture()), "forbidden");
      expect(await allResponses()).toEqual([]);
    });

    it("names a required question left unanswered", async () => {
      await openSurvey();
      const response = responseFixture(1, { answers: { gmina: "gmina-klukowo" } });
      const error = await rejection(store().submit("responses", response), "invalid");
      expect(issuePaths(error)).toEqual(["answers.ocena"]);
      expect(await allResponses()).toEqual([]);
    });

    it("names answers that do not fit their questions", async () => {
      await openSurvey();
      const answers = { gmina: "gmina-sokoly", ocena: 6, potrzeby: ["drogi", "autobusy", "zdrowie"] };
      const error = await rejection(store().submit("responses", responseFixture(1, { answers })), "invalid");
      expect(issuePaths(error)).toEqual(["answers.gmina", "answers.ocena", "answers.potrzeby"]);
    });

    it("stores a response without the answers, other texts and orders of questions its logic hides", async () => {
      const survey = surveyFixture();
      const [first] = survey.sections;
      first?.questions.push({
        id: "ile-lat",
        type: "number",
        required: false,
        integer: true,
        text: { pl: "Od ilu lat?" },
        showIf: { op: "equals", question: "gmina", value: "miasto-wysokie-mazowieckie" },
      });
      await openSurvey({ sections: survey.sections });
      const sent = responseFixture(1, {
        answers: { ...responseFixture().answers, "ile-lat": 12 },
        optionOrder: { "ile-lat": [], gmina: ["gmina-klukowo", "miasto-wysokie-mazowieckie"] },
      });
      const kept = responseFixture(1, {
        optionOrder: { gmina: ["gmina-klukowo", "miasto-wysokie-mazowieckie"] },
      });
      expect(await store().submit("responses", sent)).toEqual({ submission: kept, created: true });
      expect(await allResponses()).toEqual([kept]);
      expect((await store().submit("responses", sent)).created).toBe(false);
    });

    it("takes a member answer only from the partnership's gminy, never the powiat", async () => {
      const survey = surveyFixture();
      survey.sections[0]?.questions.push({
        id: "gmina-zamieszkania",
        type: "member",
        required: false,
        text: { pl: "Gmina zamieszkania" },
      });
      await openSurvey({ sections: survey.sections });
      const withMember = (n: number, member: string) =>
        responseFixture(n, { answers: { ...responseFixture().answers, "gmina-zamieszkania": member } });
      for (const member of ["powiat-wysokomazowiecki", "gmina-sokoly"]) {
        const error = await rejection(store().submit("responses", withMember(1, member)), "invalid");
        expect(issuePaths(error)).toEqual(["answers.gmina-zamieszkania"]);
      }
      expect((await store().submit("responses", withMember(2, "gmina-klukowo"))).created).toBe(true);
      // A gmina that joins later is taken at once.
      const grown = partnershipFixture();
      grown.members.push({
        id: "gmina-sokoly",
        name: "Gmina Sokoły",
        kind: "gmina_wiejska",
        terc: "2013072",
      });
      await store().put("partnerships", { ...grown, version: 1 });
      expect((await store().submit("responses", withMember(3, "gmina-sokoly"))).created).toBe(true);
      expect((await allResponses()).map((r) => r.id)).toEqual([responseId(2), responseId(3)]);
    });

    it("names a malformed response id", async () => {
      await openSurvey();
      const error = await rejection(store().submit("responses", responseFixture(1, { id: "42" })), "invalid");
      expect(issuePaths(error)).toContain("id");
    });

    it("says not found for a response to an unknown survey", async () => {
      await openSurvey();
      await rejection(
        store().submit("responses", responseFixture(1, { surveyId: "nie-ma-takiej" })),
        "not_found",
      );
      // A survey is found only under its own partnership.
      const elsewhere = responseFixture(2, { partnershipId: otherPartnershipFixture().id });
      await rejection(store().submit("responses", elsewhere), "not_found");
      expect(await allResponses()).toEqual([]);
    });

    it("filters responses by survey and keeps partnerships apart", async () => {
      await openSurvey();
      await store().put("surveys", surveyFixture({ id: "ankieta-liderow", audience: "leaders" }));
      await store().put("partnerships", otherPartnershipFixture());
      const other = otherPartnershipFixture().id;
      await store().put("surveys", surveyFixture({ partnershipId: other }));
      await store().submit("responses", responseFixture(1));
      await store().submit("responses", responseFixture(2, { surveyId: "ankieta-liderow" }));
      await store().submit("responses", responseFixture(3));
      await store().submit("responses", responseFixture(4, { partnershipId: other }));
      const ids = async (query: { partnershipId: string; filter?: { surveyId: string } }) =>
        (await store().listSubmissions("responses", query)).items.map((r) => r.id);
      expect(await ids({ partnershipId, filter: { surveyId: "ankieta-mieszkancow" } })).toEqual([
        responseId(1),
        responseId(3),
      ]);
      expect(await ids({ partnershipId, filter: { surveyId: "ankieta-liderow" } })).toEqual([responseId(2)]);
      expect(await ids({ partnershipId })).toEqual([responseId(1), responseId(2), responseId(3)]);
      expect(await ids({ partnershipId: other })).toEqual([responseId(4)]);
    });

    it("pages through responses in id order, with no duplicates or gaps", async () => {
      await openSurvey();
      for (const n of [5, 3, 7, 1, 6, 2, 4]) await store().submit("responses", responseFixture(n));
      const seen: string[][] = [];
      let cursor: string | undefined;
      do {
        const page = await store().listSubmissions("responses", { partnershipId, limit: 3, cursor });
        seen.push(page.items.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor !== undefined && seen.length < 10);
      expect(seen).toEqual([[1, 2, 3].map(responseId), [4, 5, 6].map(responseId), [responseId(7)]]);
    });

    it("rejects bad list queries on responses", async () => {
      await openSurvey();
      const list = (query: object) => store().listSubmissions("responses", query as never);
      expect(issuePaths(await rejection(list({}), "invalid"))).toContain("partnershipId");
      expect(issuePaths(await rejection(list({ partnershipId, filter: { x: "1" } }), "invalid"))).toContain(
        "filter.x",
      );
      expect(issuePaths(await rejection(list({ partnershipId, limit: 0 }), "invalid"))).toEqual(["limit"]);
      expect(issuePaths(await rejection(list({ partnershipId, cursor: "zzz" }), "invalid"))).toEqual([
        "cursor",
      ]);
    });

    it("keeps what was stored when the caller changes its objects afterwards", async () => {
      await openSurvey();
      const input = responseFixture();
      const { submission } = await store().submit("responses", input);
      input.answers.ocena = 1;
      submission.answers.gmina = "miasto-wysokie-mazowieckie";
      const [listed] = await allResponses();
      if (listed) listed.answers.uwagi = "changed in a listed copy";
      expect(await allResponses()).toEqual([responseFixture()]);
    });
  });
}
