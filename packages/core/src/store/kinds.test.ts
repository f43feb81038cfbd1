import { describe, expect, it } from "vitest";
import { checkFilter } from "./filter.js";
import { kinds } from "./kinds.js";
import { documentSchemas, submissionSchemas } from "./rules.js";
import { filterableFields } from "./store.js";

describe("the registry of kinds", () => {
  it("binds a schema to every kind it declares, of the right type", () => {
    for (const [name, kind] of Object.entries(kinds)) {
      const schemas: Record<string, unknown> = kind.type === "document" ? documentSchemas : submissionSchemas;
      expect(schemas[name], name).toBeDefined();
    }
    expect(Object.keys({ ...documentSchemas, ...submissionSchemas }).sort()).toEqual(
      Object.keys(kinds).sort(),
    );
  });

  it("gives each kind's filters, and the parent a submission names exists", () => {
    expect(filterableFields).toEqual({
      partnerships: [],
      surveys: ["audience", "status"],
      responses: ["surveyId"],
      projects: ["status"],
      rounds: ["type", "status"],
      assessments: ["roundId", "projectId", "assessorId"],
      ballots: ["roundId"],
      actions: ["status", "goalId", "lead"],
      events: ["kind"],
      signups: ["eventId"],
      practices: [],
      goals: ["level", "parentId"],
      indicators: ["goalId"],
      series: [],
      consultations: [],
      comments: ["consultationId"],
      moderation: ["consultationId", "commentId", "action"],
      answers: ["consultationId"],
    });
    for (const kind of Object.values(kinds)) {
      if ("parent" in kind) expect(Object.keys(kinds)).toContain(kind.parent.kind);
    }
  });

  it("checks filter values by the rule declared for the field", () => {
    expect(() => checkFilter("surveys", { status: "archived" })).toThrow(
      /status: must be one of: draft, open, closed/,
    );
    expect(() => checkFilter("responses", { surveyId: "Ankieta" })).toThrow(/filter.surveyId/);
    expect(() => checkFilter("surveys", { constructor: "x" })).toThrow(/filter.constructor: must be one of/);
    expect(checkFilter("responses", { surveyId: "ankieta" })).toEqual({ surveyId: "ankieta" });
  });
});
