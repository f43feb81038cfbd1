import type { Page, Survey } from "@cwd/core";
import { describe, expect, it } from "vitest";
import { type ContractContext, issuePaths } from "./context.js";
import {
  otherPartnershipFixture,
  partnershipFixture,
  partnershipId,
  surveyFixture,
  surveyIds,
} from "./fixtures.js";

/** Lists: order, scoping by partnership, filters, cursor pagination and its errors. */
export function describeLists({ store, rejection }: ContractContext): void {
  async function putSurveys(ids: string[], fields: (i: number) => Partial<Survey> = () => ({})) {
    await store().put("partnerships", partnershipFixture());
    for (const [i, id] of ids.entries()) await store().put("surveys", surveyFixture({ id, ...fields(i) }));
  }

  /** Follows nextCursor to the end and returns every page's ids. */
  async function pagesOf(next: (cursor?: string) => Promise<Page<{ id: string }>>): Promise<string[][]> {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await next(cursor);
      pages.push(page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor !== undefined && pages.length < 50);
    return pages;
  }

  describe("lists", () => {
    it("lists partnerships in id order", async () => {
      await store().put("partnerships", partnershipFixture());
      await store().put("partnerships", otherPartnershipFixture());
      const page = await store().list("partnerships");
      expect(page.items.map((p) => [p.id, p.version])).toEqual([
        ["partnerstwo-testowe", 1],
        ["ziemia-wysokomazowiecka", 1],
      ]);
      expect(page.nextCursor).toBeUndefined();
    });

    it("gives an empty page, without a cursor, when nothing matches", async () => {
      await store().put("partnerships", partnershipFixture());
      expect(await store().list("surveys", { partnershipId })).toEqual({ items: [] });
    });

    it("never lists one partnership's surveys under another", async () => {
      await store().put("partnerships", partnershipFixture());
      await store().put("partnerships", otherPartnershipFixture());
      const other = otherPartnershipFixture().id;
      // The same survey id in two partnerships: two separate documents.
      await store().put("surveys", surveyFixture({ title: { pl: "Ankieta A" } }));
      await store().put("surveys", surveyFixture({ partnershipId: other, title: { pl: "Ankieta B" } }));
      await store().put("surveys", surveyFixture({ id: "tylko-b", partnershipId: other }));
      const listA = await store().list("surveys", { partnershipId });
      const listB = await store().list("surveys", { partnershipId: other });
      expect(listA.items.map((s) => [s.partnershipId, s.id, s.title.pl])).toEqual([
        [partnershipId, "ankieta-mieszkancow", "Ankieta A"],
      ]);
      expect(listB.items.map((s) => [s.partnershipId, s.id])).toEqual([
        [other, "ankieta-mieszkancow"],
        [other, "tylko-b"],
      ]);
      const surveyB = await store().get("surveys", { partnershipId: other, id: "ankieta-mieszkancow" });
      expect(surveyB.title.pl).toBe("Ankieta B");
      await rejection(store().get("surveys", { partnershipId: other, id: "nie-ma" }), "not_found");
      await rejection(store().get("surveys", { partnershipId, id: "tylko-b" }), "not_found");
    });

    it("filters surveys by audience and by status", async () => {
      const audiences = ["residents", "pupils", "leaders", "residents"] as const;
      const statuses = ["open", "closed", "open", "draft"] as const;
      await putSurveys(surveyIds(4), (i) => ({ audience: audiences[i], status: statuses[i] }));
      const ids = async (filter: Record<string, string>) =>
        (await store().list("surveys", { partnershipId, filter })).items.map((s) => s.id);
      expect(await ids({ audience: "residents" })).toEqual(["ankieta-01", "ankieta-04"]);
      expect(await ids({ status: "open" })).toEqual(["ankieta-01", "ankieta-03"]);
      expect(await ids({ audience: "residents", status: "open" })).toEqual(["ankieta-01"]);
      expect(await ids({ audience: "pupils", status: "open" })).toEqual([]);
    });

    it("rejects a filter on a field lists cannot be filtered by", async () => {
      await putSurveys(surveyIds(1));
      const error = await rejection(
        store().list("surveys", { partnershipId, filter: { x: "1" } as never }),
        "invalid",
      );
      expect(issuePaths(error)).toContain("filter.x");
      // A text field of the stored document is not a filter either, only the listed ones are.
      const byTitle = store().list("surveys", { partnershipId, filter: { title: "x" } as never });
      expect(issuePaths(await rejection(byTitle, "invalid"))).toContain("filter.title");
    });

    it("rejects a filter value outside the field's fixed list, rather than listing nothing", async () => {
      await putSurveys(surveyIds(1));
      const tourists = store().list("surveys", { partnershipId, filter: { audience: "tourists" } });
      expect(issuePaths(await rejection(tourists, "invalid"))).toEqual(["filter.audience"]);
    });

    it("walks every page once, in id order, with no duplicates or gaps", async () => {
      const ids = surveyIds(7);
      await putSurveys([...ids].reverse());
      const pages = await pagesOf((cursor) => store().list("surveys", { partnershipId, limit: 3, cursor }));
      expect(pages).toEqual([ids.slice(0, 3), ids.slice(3, 6), ids.slice(6)]);
    });

    it("pages through a filtered list", async () => {
      const ids = surveyIds(9);
      await putSurveys(ids, (i) => ({ status: i % 2 === 0 ? "open" : "closed" }));
      const pages = await pagesOf((cursor) =>
        store().list("surveys", { partnershipId, filter: { status: "open" }, limit: 2, cursor }),
      );
      expect(pages).toEqual([["ankieta-01", "ankieta-03"], ["ankieta-05", "ankieta-07"], ["ankieta-09"]]);
    });

    it("ends without a cursor when the last page is exactly full", async () => {
      await putSurveys(surveyIds(4));
      const first = await store().list("surveys", { partnershipId, limit: 2 });
      const second = await store().list("surveys", { partnershipId, limit: 2, cursor: first.nextCursor });
      expect(second.items.map((s) => s.id)).toEqual(["ankieta-03", "ankieta-04"]);
      expect(second.nextCursor).toBeUndefined();
    });

    it("uses 50 items a page when no limit is given", async () => {
      await putSurveys(surveyIds(51));
      const page = await store().list("surveys", { partnershipId });
      expect(page.items).toHaveLength(50);
      expect(page.nextCursor).toBeDefined();
    });

    it("rejects a forged cursor", async () => {
      await putSurveys(surveyIds(2));
      // The last one is a well-made cursor around a NUL, which no database may be sent.
      for (const cursor of ["not-a-cursor", "eyJ4IjoxfQ", "eyJhZnRlciI6Ilx1MDAwMCJ9"]) {
        const error = await rejection(store().list("surveys", { partnershipId, cursor }), "invalid");
        expect(issuePaths(error)).toEqual(["cursor"]);
      }
    });

    it("rejects a page size outside 1 to 100", async () => {
      await putSurveys(surveyIds(1));
      for (const limit of [0, 101, 2.5, -1]) {
        const error = await rejection(store().list("surveys", { partnershipId, limit }), "invalid");
        expect(issuePaths(error)).toEqual(["limit"]);
      }
      expect((await store().list("surveys", { partnershipId, limit: 100 })).items).toHaveLength(1);
    });

    it("asks for the partnership when listing surveys", async () => {
      await putSurveys(surveyIds(1));
      const error = await rejection(store().list("surveys"), "invalid");
      expect(issuePaths(error)).toContain("partnershipId");
    });

    it("rejects ids no document can have in list scopes and filters", async () => {
      await putSurveys(surveyIds(1));
      const badScope = store().list("surveys", { partnershipId: "zła\u0000nazwa" });
      expect(issuePaths(await rejection(badScope, "invalid"))).toEqual(["partnershipId"]);
      const badSurvey = store().listSubmissions("responses", {
        partnershipId,
        filter: { surveyId: "\u0000" },
      });
      expect(issuePaths(await rejection(badSurvey, "invalid"))).toEqual(["filter.surveyId"]);
    });
  });
}
