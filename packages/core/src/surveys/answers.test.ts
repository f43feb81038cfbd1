import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { issuesOf, parse } from "../schema/parse.js";
import { SurveyResponse } from "../schema/response.js";
import { Survey } from "../schema/survey.js";
import { admitResponse } from "./admit-response.js";
import { answerProblems, answerTo, describeAnswerProblem, questionsOf } from "./answers.js";

const demo = JSON.parse(
  readFileSync(new URL("../../../cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const survey = parse(Survey, demo.surveys[0]);

const complete = { gmina: "gmina-klukowo", "ocena-miejsca": 4, problemy: ["transport", "zdrowie"] };

function response(answers: SurveyResponse["answers"]): SurveyResponse {
  return {
    id: "0b5f7a52-6a4e-4f7e-9f38-4a4c3f1d2b10",
    partnershipId: "ziemia-wysokomazowiecka",
    surveyId: survey.id,
    submittedAt: "2026-11-27T10:00:00Z",
    answers,
  };
}

describe("answerProblems", () => {
  it("accepts a complete answer set", () => {
    expect(answerProblems(survey, complete)).toEqual([]);
  });

  it("reports every unanswered required question, in order", () => {
    expect(answerProblems(survey, { problemy: [], "co-zmienic": "  " })).toEqual([
      { questionId: "gmina", problem: "required" },
      { questionId: "ocena-miejsca", problem: "required" },
      { questionId: "problemy", problem: "required" },
    ]);
  });

  it("checks options, choice limits, scale range, length and unknown questions", () => {
    const problems = answerProblems(survey, {
      gmina: "warszawa",
      "ocena-miejsca": 6,
      problemy: ["transport", "zdrowie", "drogi", "kultura"],
      inwestycje: ["oze", "oze"],
      "co-zmienic": "x".repeat(2001),
      wiek: 30,
      extra: "?",
    });
    expect(problems).toEqual([
      { questionId: "gmina", problem: "unknown_option", option: "warszawa" },
      { questionId: "ocena-miejsca", problem: "out_of_range", min: 1, max: 5 },
      { questionId: "problemy", problem: "too_many_choices", max: 3 },
      { questionId: "inwestycje", problem: "repeated_option", option: "oze" },
      { questionId: "co-zmienic", problem: "too_long", max: 2000 },
      { questionId: "wiek", problem: "wrong_type", expected: "option" },
      { questionId: "extra", problem: "unknown_question" },
    ]);
    expect(problems.map(describeAnswerProblem)[1]).toBe("must be from 1 to 5");
  });
});

describe("admitResponse", () => {
  it("admits a valid response to an open survey", () => {
    expect(() => admitResponse(survey, response(complete))).not.toThrow();
  });

  it("names each bad answer in a ValidationError", () => {
    expect(() => admitResponse(survey, response({ gmina: "gmina-klukowo" }))).toThrow(
      expect.objectContaining({
        code: "invalid",
        issues: [
          { path: "answers.ocena-miejsca", message: "is required" },
          { path: "answers.problemy", message: "is required" },
        ],
      }),
    );
  });

  it("refuses closed surveys and responses after the deadline", () => {
    expect(() => admitResponse({ ...survey, status: "closed" }, response(complete))).toThrow(
      expect.objectContaining({ code: "forbidden" }),
    );
    const withDeadline = { ...survey, closesAt: "2026-11-30T23:59:59+01:00" };
    expect(() =>
      admitResponse(withDeadline, response(complete), new Date("2026-11-30T12:00:00Z")),
    ).not.toThrow();
    expect(() => admitResponse(withDeadline, response(complete), new Date("2026-12-01T00:00:00Z"))).toThrow(
      expect.objectContaining({ code: "forbidden" }),
    );
  });
});

describe("Survey", () => {
  it("has every question type in the demo residents' survey", () => {
    expect(new Set(questionsOf(survey).map((q) => q.type))).toEqual(
      new Set(["single_choice", "multiple_choice", "scale", "text"]),
    );
  });

  it("rejects repeated ids, a reversed scale and unknown question types", () => {
    const broken = structuredClone(demo.surveys[0]);
    broken.sections[1].questions[0].id = "gmina";
    broken.sections[0].questions[1].min = 5;
    broken.sections[2].questions[1].type = "slider";
    expect(issuesOf(Survey, broken)).toEqual([
      { path: "sections.2.questions.1.type", message: "has an unknown type" },
    ]);
    broken.sections[2].questions[1].type = "single_choice";
    expect(issuesOf(Survey, broken)).toEqual([
      { path: "sections.0.questions.1.max", message: "must be more than min" },
      { path: "sections.1.questions.0.id", message: "question id gmina is used twice" },
    ]);
  });
});

describe("SurveyResponse", () => {
  it("names an answer keyed by text no store can hold", () => {
    expect(issuesOf(SurveyResponse, response({ "\u0000": "x" }))).toEqual([
      {
        path: "answers.\u0000",
        message: "is not an allowed field name: it must not contain the NUL character",
      },
    ]);
  });
});

describe("answers keyed by question ids", () => {
  // `constructor` is a valid id; a plain-object lookup would find Object.prototype.constructor.
  const withConstructor = parse(Survey, {
    ...demo.surveys[0],
    sections: [
      {
        ...demo.surveys[0].sections[0],
        questions: [
          ...demo.surveys[0].sections[0].questions,
          {
            id: "constructor",
            type: "text",
            text: { pl: "Uwagi" },
            required: false,
            multiline: false,
            maxLength: 100,
          },
        ],
      },
      ...demo.surveys[0].sections.slice(1),
    ],
  });

  it("treats an optional question named constructor as optional", () => {
    expect(answerTo({}, "constructor")).toBeUndefined();
    expect(answerProblems(withConstructor, complete)).toEqual([]);
    expect(() => admitResponse(withConstructor, response(complete))).not.toThrow();
  });

  it("still checks an answer given to it", () => {
    expect(answerProblems(withConstructor, { ...complete, constructor: "a".repeat(101) })).toEqual([
      { questionId: "constructor", problem: "too_long", max: 100 },
    ]);
  });
});
