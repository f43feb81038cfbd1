import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createExchangeDocument, danglingLinks, parseExchangeDocument } from "./exchange.js";

const demo = JSON.parse(
  readFileSync(new URL("../../../cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);

describe("exchange document cwd.partnership/v1", () => {
  it("reads the demo document and writes it back unchanged", () => {
    const document = parseExchangeDocument(demo);
    const again = createExchangeDocument({ ...document, exportedAt: new Date(document.exportedAt) });
    expect(again).toEqual(demo);
  });

  it("leaves store versions out of an export", () => {
    const document = createExchangeDocument({
      partnership: { ...demo.partnership, version: 7 },
      surveys: [{ ...demo.surveys[0], version: 2 }],
      exportedAt: new Date("2026-11-27T00:00:00Z"),
    });
    expect(document.partnership).not.toHaveProperty("version");
    expect(document.surveys[0]).not.toHaveProperty("version");
  });

  it("rejects another format by name", () => {
    expect(() => parseExchangeDocument({ ...demo, format: "cwd.partnership/v2" })).toThrow(
      expect.objectContaining({
        issues: [
          { path: "format", message: "cwd.partnership/v2 is not supported; expected cwd.partnership/v1" },
        ],
      }),
    );
  });

  it("rejects surveys and responses that belong elsewhere", () => {
    const response = {
      id: "7d1f6c3e-1111-4a4a-8b8b-222233334444",
      partnershipId: "inne",
      surveyId: "brak",
      submittedAt: "2026-11-27T10:00:00Z",
      answers: {},
    };
    const broken = {
      ...demo,
      surveys: [{ ...demo.surveys[0], partnershipId: "inne" }],
      responses: [response],
    };
    expect(() => parseExchangeDocument(broken)).toThrow(
      expect.objectContaining({
        issues: [
          { path: "surveys.0.partnershipId", message: "must be ziemia-wysokomazowiecka" },
          { path: "responses.0.partnershipId", message: "must be ziemia-wysokomazowiecka" },
          { path: "responses.0.surveyId", message: "brak is not a survey in this document" },
        ],
      }),
    );
  });

  it("reports actions and events' results that point at goals the document does not hold, without refusing them", () => {
    const [action] = demo.actions;
    const event = demo.events.find((e: { results?: unknown[] }) => e.results?.length);
    const dangling = {
      ...demo,
      actions: [{ ...action, goalId: "cel-9" }],
      events: [{ ...event, results: [{ summary: { pl: "Wynik" }, links: [{ kind: "goal", id: "cel-2" }] }] }],
    };
    expect(danglingLinks(parseExchangeDocument(dangling))).toEqual([
      {
        path: "actions.0.goalId",
        message: `cel-9, the goal of action ${action.id}, is not a goal in this document`,
      },
      { path: "events.0.results.0.links.0.id", message: "cel-2 is not a goal in this document" },
    ]);
    // A plan may travel without its goal tree; the demo's links all lead somewhere.
    expect(
      danglingLinks(parseExchangeDocument({ ...dangling, goals: [], indicators: [], events: [] })),
    ).toEqual([]);
    expect(danglingLinks(parseExchangeDocument(demo))).toEqual([]);
  });
});
