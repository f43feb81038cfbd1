import { readFileSync } from "node:fs";
import { aggregateSurvey, parseExchangeDocument, questionsOf, responseIdForCode } from "@cwd/core";
import { describe, expect, it } from "vitest";

const read = (name: string) => JSON.parse(readFileSync(new URL(`../demo/${name}`, import.meta.url), "utf8"));
const demo = read("ziemia-wysokomazowiecka.cwd.json");
const banks = read("question-banks.json");

describe("the demo's question banks", () => {
  const document = parseExchangeDocument({ ...demo, surveys: [...demo.surveys, ...banks.surveys] });
  const surveys = document.surveys.filter((s) => s.id.startsWith("bank-"));

  it("are valid surveys for the three audiences, each marked as a proposal", () => {
    expect(surveys.map((s) => s.audience)).toEqual(["residents", "pupils", "leaders"]);
    for (const survey of surveys) expect(survey.title.pl).toContain("(propozycja)");
  });

  it("each ask for the member gmina, so their results can be weighted and crossed by it", async () => {
    for (const survey of surveys) {
      expect(
        questionsOf(survey)
          .filter((q) => q.type === "member")
          .map((q) => q.id),
      ).toEqual(["gmina"]);
      const results = await aggregateSurvey(
        survey,
        [
          {
            id: responseIdForCode(survey.id, "AAAA-BBBB-CCCC"),
            partnershipId: survey.partnershipId,
            surveyId: survey.id,
            submittedAt: "2026-11-27T10:00:00Z",
            answers: { gmina: "gmina-klukowo" },
          },
        ],
        { members: document.partnership.members, by: "gmina" },
      );
      expect(results.weighting?.weights["gmina-klukowo"]).toBe(1);
    }
  });
});
