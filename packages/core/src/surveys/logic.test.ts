import { describe, expect, it } from "vitest";
import type { Condition } from "../schema/condition.js";
import { issuesOf, parse } from "../schema/parse.js";
import { Survey } from "../schema/survey.js";
import { admitResponse, keptResponse } from "./admit-response.js";
import { answerProblems } from "./answers.js";
import { holds, shownAnswers, shownQuestions } from "./logic.js";

const text = (pl: string) => ({ pl });
const withLogic = {
  id: "logika",
  partnershipId: "p",
  title: text("Logika"),
  audience: "residents",
  status: "open",
  sections: [
    {
      id: "dom",
      title: text("Dom"),
      questions: [
        {
          id: "dzieci",
          type: "single_choice",
          text: text("?"),
          required: true,
          options: [
            { id: "tak", label: text("Tak") },
            { id: "nie", label: text("Nie") },
          ],
        },
        {
          id: "ile-dzieci",
          type: "number",
          text: text("?"),
          required: true,
          integer: true,
          min: 1,
          showIf: { op: "equals", question: "dzieci", value: "tak" },
        },
      ],
    },
    {
      id: "szkola",
      title: text("Szkoła"),
      showIf: { op: "greater_than", question: "ile-dzieci", value: 1 },
      questions: [
        { id: "dojazd", type: "text", text: text("?"), required: true, multiline: false, maxLength: 100 },
      ],
    },
  ],
};
const survey = parse(Survey, withLogic);

describe("holds", () => {
  const answers = { a: "x", n: 5, m: ["p", "q"], e: "" };
  const cases: [Condition, boolean][] = [
    [{ op: "answered", question: "a" }, true],
    [{ op: "answered", question: "e" }, false],
    [{ op: "equals", question: "a", value: "x" }, true],
    [{ op: "equals", question: "a", value: "y" }, false],
    [{ op: "not_equals", question: "a", value: "y" }, true],
    [{ op: "not_equals", question: "missing", value: "y" }, true],
    [{ op: "includes", question: "m", value: "q" }, true],
    [{ op: "includes", question: "m", value: "r" }, false],
    [{ op: "greater_than", question: "n", value: 4 }, true],
    [{ op: "greater_than", question: "n", value: 5 }, false],
    [{ op: "less_than", question: "n", value: 6 }, true],
    [{ op: "less_than", question: "missing", value: 6 }, false],
    [
      {
        op: "all",
        conditions: [
          { op: "answered", question: "a" },
          { op: "answered", question: "e" },
        ],
      },
      false,
    ],
    [
      {
        op: "any",
        conditions: [
          { op: "answered", question: "a" },
          { op: "answered", question: "e" },
        ],
      },
      true,
    ],
    [{ op: "not", condition: { op: "answered", question: "e" } }, true],
  ];
  it.each(cases)("%j is %s", (condition, expected) => {
    expect(holds(condition, answers)).toBe(expected);
  });
});

describe("shown questions and sections", () => {
  it("shows a question and a section only when their conditions hold on earlier answers", () => {
    const ids = (answers: Record<string, never | string | number>) =>
      shownQuestions(survey, answers).map((q) => q.id);
    expect(ids({ dzieci: "nie" })).toEqual(["dzieci"]);
    expect(ids({ dzieci: "tak", "ile-dzieci": 1 })).toEqual(["dzieci", "ile-dzieci"]);
    expect(ids({ dzieci: "tak", "ile-dzieci": 2 })).toEqual(["dzieci", "ile-dzieci", "dojazd"]);
  });

  it("ignores an answer left behind in a hidden question, in later conditions too", () => {
    const answers = { dzieci: "nie", "ile-dzieci": 3, dojazd: "autobus" };
    expect(shownAnswers(survey, answers)).toEqual({ dzieci: "nie" });
    expect(answerProblems(survey, answers)).toEqual([]);
  });

  it("keeps of a response only what its shown questions were given", () => {
    const response = {
      id: "0b5f7a52-6a4e-4f7e-9f38-4a4c3f1d2b10",
      partnershipId: "p",
      surveyId: "logika",
      submittedAt: "2026-11-27T10:00:00Z",
      answers: { dzieci: "nie", "ile-dzieci": 3 },
      other: { "ile-dzieci": "x" },
      optionOrder: { dzieci: ["nie", "tak"] },
    };
    expect(keptResponse(survey, response)).toEqual({
      ...response,
      answers: { dzieci: "nie" },
      other: {},
      optionOrder: { dzieci: ["nie", "tak"] },
    });
  });

  it("requires only what is shown", () => {
    expect(answerProblems(survey, { dzieci: "tak", "ile-dzieci": 2 })).toEqual([
      { questionId: "dojazd", problem: "required" },
    ]);
    expect(() =>
      admitResponse(survey, {
        id: "0b5f7a52-6a4e-4f7e-9f38-4a4c3f1d2b10",
        partnershipId: "p",
        surveyId: "logika",
        submittedAt: "2026-11-27T10:00:00Z",
        answers: { dzieci: "nie" },
      }),
    ).not.toThrow();
  });
});

type Editable = { sections: { showIf?: unknown; questions: { showIf?: unknown }[] }[] };
const editable = (survey: unknown) => structuredClone(survey) as Editable;

describe("a definition with logic", () => {
  it("refuses a condition on a later or missing question, naming it", () => {
    const broken = editable(withLogic);
    broken.sections[0]!.questions[1]!.showIf = { op: "equals", question: "dojazd", value: "x" };
    broken.sections[1]!.showIf = {
      op: "any",
      conditions: [{ op: "not", condition: { op: "answered", question: "wiek" } }],
    };
    expect(issuesOf(Survey, broken)).toEqual([
      {
        path: "sections.0.questions.1.showIf.question",
        message: "refers to question dojazd, which comes later",
      },
      {
        path: "sections.1.showIf.conditions.0.condition.question",
        message: "refers to question wiek, which is not in this survey",
      },
    ]);
  });

  it("refuses a comparison the question's type cannot answer", () => {
    const broken = editable(withLogic);
    broken.sections[1]!.showIf = { op: "less_than", question: "dzieci", value: 2 };
    expect(issuesOf(Survey, broken)).toEqual([
      {
        path: "sections.1.showIf.op",
        message: "less_than needs a scale or number question, not single_choice",
      },
    ]);
  });
});
