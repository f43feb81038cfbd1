import { describe, expect, it } from "vitest";
import { checkFilter, matchesFilter } from "./filter.js";

describe("checkFilter", () => {
  it("accepts the fields and values a list is filtered on", () => {
    expect(checkFilter("surveys", { audience: "pupils", status: "open" })).toEqual({
      audience: "pupils",
      status: "open",
    });
    expect(checkFilter("responses", { surveyId: "ankieta-mieszkancow" })).toEqual({
      surveyId: "ankieta-mieszkancow",
    });
  });

  it("names unknown fields and values outside the fixed lists", () => {
    expect(() => checkFilter("surveys", { audience: "tourists", colour: "red" })).toThrow(
      expect.objectContaining({
        issues: [
          { path: "filter.audience", message: "must be one of: residents, pupils, leaders" },
          { path: "filter.colour", message: "must be one of: audience, status" },
        ],
      }),
    );
    expect(() => checkFilter("partnerships", { status: "open" })).toThrow(
      expect.objectContaining({ issues: [{ path: "filter.status", message: "no filters here" }] }),
    );
  });
});

describe("matchesFilter", () => {
  it("matches on every given field", () => {
    expect(matchesFilter({ audience: "pupils", status: "open" }, { audience: "pupils" })).toBe(true);
    expect(
      matchesFilter({ audience: "pupils", status: "open" }, { audience: "pupils", status: "closed" }),
    ).toBe(false);
  });
});
