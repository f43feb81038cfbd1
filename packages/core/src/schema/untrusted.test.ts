import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxIssues, ValidationError } from "../store/errors.js";
import { maxVersion } from "./common.js";
import { issuesOf, parse } from "./parse.js";
import { SurveyResponse } from "./response.js";
import { Survey } from "./survey.js";
import { textProblem, untrustedInputProblems } from "./untrusted.js";

const response = {
  id: "0b5f7a52-6a4e-4f7e-9f38-4a4c3f1d2b10",
  partnershipId: "ziemia-wysokomazowiecka",
  surveyId: "ankieta",
  submittedAt: "2026-11-27T10:00:00Z",
  answers: { uwagi: "ok" },
};

describe("untrustedInputProblems", () => {
  it("finds a lone surrogate or a NUL anywhere, keys included, and names where", () => {
    expect(untrustedInputProblems({ a: ["ok", "\ud800"], b: { "x\u0000": 1 }, c: "\udc00z" })).toEqual([
      { path: "a.1", message: "must be well-formed text (it has a lone UTF-16 surrogate)" },
      { path: "b.x\u0000", message: "is not an allowed field name: it must not contain the NUL character" },
      { path: "c", message: "must be well-formed text (it has a lone UTF-16 surrogate)" },
    ]);
  });

  it("accepts every well-formed text, emoji and Polish letters included", () => {
    expect(untrustedInputProblems({ zażółć: "gęślą jaźń 🙂", n: [1, null, true] })).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(textProblem(text.replaceAll("\u0000", ""))).toBeUndefined();
      }),
    );
  });

  it("agrees with the platform's own test of well-formed text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const clean = text.replaceAll("\u0000", "");
        expect(textProblem(clean) === undefined).toBe(
          (clean as unknown as { isWellFormed(): boolean }).isWellFormed(),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe("parse at the edge", () => {
  it("refuses a lone surrogate in a public response's answers, naming the answer", () => {
    const answers = { uwagi: "dobrze \ud83d" };
    expect(() => parse(SurveyResponse, { ...response, answers })).toThrow(ValidationError);
    expect(issuesOf(SurveyResponse, { ...response, answers })).toEqual([
      { path: "answers.uwagi", message: "must be well-formed text (it has a lone UTF-16 surrogate)" },
    ]);
  });

  it("refuses a version past what a store can keep", () => {
    const survey = { version: maxVersion + 1 };
    expect(issuesOf(Survey, survey)).toContainEqual({
      path: "version",
      message: `must be at most ${maxVersion}`,
    });
  });

  it("caps the answers of a response and the issues an error lists", () => {
    const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, "x"]));
    expect(issuesOf(SurveyResponse, { ...response, answers: many(501) })).toEqual([
      { path: "answers", message: "must have at most 500 answers" },
    ]);
    // Refused before any schema reads the 92,000 fields.
    expect(issuesOf(SurveyResponse, { ...response, answers: many(92_000) })).toEqual([
      { path: "answers", message: "must have at most 1000 fields" },
    ]);
    const error = new ValidationError(
      Array.from({ length: 5000 }, (_, i) => ({ path: `a${i}`, message: "bad" })),
    );
    expect(error.issues).toHaveLength(maxIssues + 1);
    expect(error.issues.at(-1)).toEqual({ path: "", message: "and 4900 more problems not listed" });
  });
});
