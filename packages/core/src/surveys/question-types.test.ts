import { describe, expect, it } from "vitest";
import { issuesOf, parse } from "../schema/parse.js";
import { Survey } from "../schema/survey.js";
import { admitResponse } from "./admit-response.js";
import { answerProblems } from "./answers.js";
import { shownOptionOrder } from "./option-order.js";
import { schedulePhase, warsawTime } from "./schedule.js";

const text = (pl: string) => ({ pl });
const options = (...ids: string[]) => ids.map((id) => ({ id, label: text(id) }));

/** One question of every type, each optional unless a test says otherwise. */
export const everyType = {
  id: "kazdy-typ",
  partnershipId: "p",
  title: text("Każdy typ"),
  audience: "residents",
  status: "open",
  sections: [
    {
      id: "s1",
      title: text("Wszystko"),
      questions: [
        {
          id: "jeden",
          type: "single_choice",
          text: text("?"),
          required: false,
          display: "dropdown",
          options: options("a", "b"),
          other: text("Inne"),
          none: text("Żadne"),
        },
        {
          id: "wiele",
          type: "multiple_choice",
          text: text("?"),
          required: false,
          options: options("a", "b", "c"),
          minChoices: 2,
          maxChoices: 3,
          none: text("Żadne"),
          other: text("Inne"),
        },
        {
          id: "skala",
          type: "scale",
          text: text("?"),
          required: false,
          min: 0,
          max: 10,
          dontKnow: text("Nie wiem"),
        },
        { id: "tekst", type: "text", text: text("?"), required: false, multiline: true, maxLength: 5 },
        {
          id: "macierz",
          type: "matrix",
          text: text("?"),
          required: true,
          rows: options("r1", "r2"),
          min: 1,
          max: 5,
        },
        {
          id: "ranking",
          type: "ranking",
          text: text("?"),
          required: false,
          options: options("a", "b", "c"),
          top: 2,
        },
        { id: "liczba", type: "number", text: text("?"), required: false, min: 0, max: 120, integer: true },
        { id: "data", type: "date", text: text("?"), required: false, min: "2026-01-01", max: "2026-12-31" },
        { id: "zgoda", type: "consent", text: text("?"), required: true },
        { id: "gmina", type: "member", text: text("?"), required: false },
      ],
    },
  ],
};
const survey = parse(Survey, everyType);
const valid = {
  jeden: "other",
  wiele: ["a", "c"],
  skala: "dont-know",
  tekst: "abc",
  macierz: { r1: 1, r2: 5 },
  ranking: ["c", "a"],
  liczba: 42,
  data: "2026-02-28",
  zgoda: true,
  gmina: "gmina-a",
};
const context = { memberIds: ["gmina-a", "gmina-b"], other: { jeden: "Coś innego" } };

describe("every question type", () => {
  it("accepts a valid answer to each", () => {
    expect(answerProblems(survey, valid, context)).toEqual([]);
  });

  it("names what is wrong with each type's answer", () => {
    expect(
      answerProblems(
        survey,
        {
          jeden: "other",
          wiele: ["none", "a"],
          skala: 11,
          tekst: "abcdef",
          macierz: { r1: 1 },
          ranking: ["a", "b", "c"],
          liczba: 4.5,
          data: "2026-02-30",
          zgoda: "tak",
          gmina: "powiat",
        },
        { memberIds: context.memberIds },
      ),
    ).toEqual([
      { questionId: "jeden", problem: "other_text_missing" },
      { questionId: "wiele", problem: "none_with_others" },
      { questionId: "skala", problem: "out_of_range", min: 0, max: 10 },
      { questionId: "tekst", problem: "too_long", max: 5 },
      { questionId: "macierz", problem: "missing_row", row: "r2" },
      { questionId: "ranking", problem: "wrong_rank_count", expected: 2 },
      { questionId: "liczba", problem: "not_integer" },
      { questionId: "data", problem: "wrong_type", expected: "date" },
      { questionId: "zgoda", problem: "wrong_type", expected: "consent" },
      { questionId: "gmina", problem: "unknown_option", option: "powiat" },
    ]);
  });

  it("bounds choices, numbers, dates and matrix rows", () => {
    const problems = answerProblems(survey, {
      ...valid,
      wiele: ["a"],
      liczba: 121,
      data: "2025-12-31",
      macierz: { r1: 1, r2: 6 },
    });
    expect(problems).toEqual(
      [
        { questionId: "wiele", problem: "too_few_choices", min: 2 },
        { questionId: "macierz", problem: "out_of_range", min: 1, max: 5 },
        { questionId: "liczba", problem: "out_of_range", min: 0, max: 120 },
        { questionId: "data", problem: "out_of_range", min: "2026-01-01", max: "2026-12-31" },
        { questionId: "jeden", problem: "other_text_missing" },
      ].sort((a, b) => order(a.questionId) - order(b.questionId)),
    );
    expect(answerProblems(survey, { ...valid, wiele: ["none"] }, context)).toEqual([]);
    expect(answerProblems(survey, { ...valid, macierz: { r9: 1 } }, context)).toEqual([
      { questionId: "macierz", problem: "unknown_row", row: "r9" },
    ]);
  });

  it("takes consent not given as unanswered, so a required consent is required", () => {
    expect(answerProblems(survey, { ...valid, zgoda: false }, context)).toEqual([
      { questionId: "zgoda", problem: "required" },
    ]);
  });

  it("refuses reversed bounds, a top beyond the options and reserved option ids", () => {
    const broken = structuredClone(everyType);
    const q = broken.sections[0]!.questions as Record<string, unknown>[];
    q[1]!.minChoices = 4;
    q[5]!.top = 4;
    q[6]!.min = 200;
    q[0]!.options = options("other", "b");
    expect(issuesOf(Survey, broken)).toEqual([
      {
        path: "sections.0.questions.0.options.0.id",
        message: "other is the id of the other option; choose another",
      },
      { path: "sections.0.questions.1.maxChoices", message: "must be at least minChoices" },
      { path: "sections.0.questions.5.top", message: "must be at most the number of options (3)" },
      { path: "sections.0.questions.6.max", message: "must be more than min" },
    ]);
  });
});

function order(id: string): number {
  return survey.sections[0]!.questions.findIndex((q) => q.id === id);
}

describe("shownOptionOrder", () => {
  const question = { ...survey.sections[0]!.questions[1]!, randomiseOptions: true } as never;

  it("shuffles the options and keeps other and none last", () => {
    // Fisher-Yates on [a, b, c]: i = 2 swaps with floor(0.1 × 3) = 0 → [c, b, a]; i = 1 with floor(0.6 × 2) = 1.
    const draws = [0.1, 0.6];
    expect(shownOptionOrder(question, () => draws.shift() ?? 0)).toEqual(["c", "b", "a", "other", "none"]);
  });

  it("keeps the written order unless asked to shuffle", () => {
    expect(shownOptionOrder(survey.sections[0]!.questions[1] as never, () => 0)).toEqual([
      "a",
      "b",
      "c",
      "other",
      "none",
    ]);
  });

  it("has an admitted order stored with the response, and refuses one that is not an order of the options", () => {
    expect(
      answerProblems(survey, valid, { ...context, optionOrder: { wiele: ["c", "a", "b", "other", "none"] } }),
    ).toEqual([]);
    expect(answerProblems(survey, valid, { ...context, optionOrder: { wiele: ["c", "a"] } })).toEqual([
      { questionId: "wiele", problem: "bad_option_order" },
    ]);
  });
});

describe("schedule in Europe/Warsaw", () => {
  const scheduled = { opensAt: "2026-12-01T08:00:00+01:00", closesAt: "2026-12-31T23:59:59+01:00" };

  it("is not yet open before opensAt, open between, closed after closesAt", () => {
    expect(schedulePhase(scheduled, new Date("2026-12-01T06:59:59Z"))).toBe("not_yet_open");
    expect(schedulePhase(scheduled, new Date("2026-12-01T07:00:00Z"))).toBe("open");
    expect(schedulePhase(scheduled, new Date("2027-01-01T00:00:00Z"))).toBe("closed");
  });

  it("shows instants as Warsaw wall-clock time, summer and winter", () => {
    expect(warsawTime("2026-07-01T06:00:00Z")).toBe("2026-07-01 08:00");
    expect(warsawTime("2026-12-01T08:00:00+01:00")).toBe("2026-12-01 08:00");
  });

  it("refuses a response before opening, saying when it opens, and one after closing", () => {
    const response = {
      id: "0b5f7a52-6a4e-4f7e-9f38-4a4c3f1d2b10",
      partnershipId: "p",
      surveyId: survey.id,
      submittedAt: "2026-11-27T10:00:00Z",
      answers: valid,
      other: context.other,
    };
    const timed = { ...survey, ...scheduled };
    expect(() => admitResponse(timed, response, new Date("2026-11-30T12:00:00Z"))).toThrow(
      /opens at 2026-12-01 08:00 \(Europe\/Warsaw\)/,
    );
    expect(() => admitResponse(timed, response, new Date("2026-12-02T12:00:00Z"))).not.toThrow();
    expect(() => admitResponse(timed, response, new Date("2027-01-01T00:00:00Z"))).toThrow(
      /closed at 2026-12-31 23:59/,
    );
    expect(
      issuesOf(Survey, { ...everyType, opensAt: scheduled.closesAt, closesAt: scheduled.opensAt }),
    ).toEqual([{ path: "closesAt", message: "must be after opensAt" }]);
  });
});
