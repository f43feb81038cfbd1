import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../schema/parse.js";
import type { Member } from "../schema/partnership.js";
import type { Answer, SurveyResponse } from "../schema/response.js";
import { Survey } from "../schema/survey.js";
import { kishEffectiveN, medianOfCounts, sampleSd, wilson95 } from "./estimates.js";
import { aggregateSurvey } from "./statistics.js";

const demo = JSON.parse(
  readFileSync(new URL("../../../cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const A = "miasto-wysokie-mazowieckie";
const B = "gmina-klukowo";
// Round populations so the expected figures below can be worked out by hand.
const members: Member[] = demo.partnership.members.map((m: Member) =>
  m.id === A || m.id === B ? { ...m, population: { ...m.population, value: m.id === A ? 6000 : 4000 } } : m,
);
const text = (pl: string) => ({ pl });
const options = (...ids: string[]) => ids.map((id) => ({ id, label: text(id) }));
const survey = parse(Survey, {
  id: "s",
  partnershipId: demo.partnership.id,
  title: text("S"),
  audience: "residents",
  status: "open",
  sections: [
    {
      id: "kto",
      title: text("Kto"),
      questions: [{ id: "gmina", type: "member", text: text("?"), required: true }],
    },
    {
      id: "co",
      title: text("Co"),
      questions: [
        {
          id: "zgoda",
          type: "single_choice",
          text: text("?"),
          required: true,
          options: options("tak", "nie"),
        },
        {
          id: "problemy",
          type: "multiple_choice",
          text: text("?"),
          required: false,
          options: options("x", "y", "z"),
        },
        { id: "ocena", type: "scale", text: text("?"), required: true, min: 1, max: 5 },
        {
          id: "kolejnosc",
          type: "ranking",
          text: text("?"),
          required: false,
          options: options("p", "q", "r"),
          top: 2,
        },
        {
          id: "macierz",
          type: "matrix",
          text: text("?"),
          required: false,
          rows: options("r1"),
          min: 1,
          max: 3,
        },
      ],
    },
  ],
});

/** Ten respondents: eight from A, two from B. */
const rows: [string, string, string[] | undefined, number][] = [
  [A, "tak", ["x", "y"], 5],
  [A, "tak", ["x", "y"], 5],
  [A, "tak", ["x", "y"], 4],
  [A, "tak", ["x"], 4],
  [A, "tak", ["x"], 4],
  [A, "tak", undefined, 3],
  [A, "nie", [], 3],
  [A, "nie", [], 2],
  [B, "nie", ["x", "y"], 1],
  [B, "nie", ["y"], 1],
];
const responses: SurveyResponse[] = rows.map(([gmina, zgoda, problemy, ocena], i) => {
  const answers: Record<string, Answer> = { gmina, zgoda, ocena };
  if (problemy) answers.problemy = problemy;
  if (i < 2) answers.kolejnosc = i === 0 ? ["p", "q"] : ["q", "r"];
  if (i < 3) answers.macierz = { r1: i + 1 };
  return {
    id: `00000000-0000-4000-8000-${i.toString().padStart(12, "0")}`,
    partnershipId: demo.partnership.id,
    surveyId: "s",
    submittedAt: "2026-11-27T10:00:00Z",
    answers,
  };
});

async function* stream<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}

describe("estimates", () => {
  it("gives the Wilson interval published for 6 of 10 and 0 of 10", () => {
    const [low, high] = wilson95(6, 10) as [number, number];
    expect(low).toBeCloseTo(0.3127, 4);
    expect(high).toBeCloseTo(0.8318, 4);
    expect(wilson95(0, 10)?.[0]).toBe(0);
    expect(wilson95(0, 10)?.[1]).toBeCloseTo(0.2775, 4);
    expect(wilson95(0, 0)).toBeNull();
  });

  it("takes medians from counts, sd with n − 1 and Kish's n", () => {
    expect(
      medianOfCounts(
        new Map([
          [1, 2],
          [4, 2],
        ]),
      ),
    ).toBe(2.5);
    expect(medianOfCounts(new Map([[3, 1]]))).toBe(3);
    expect(sampleSd(3, 6, 14)).toBe(1);
    expect(kishEffectiveN(4, 6)).toBeCloseTo(8 / 3, 10);
  });
});

describe("aggregateSurvey", () => {
  it("counts only the respondents a filter names, hiding figures on fewer than k of them", async () => {
    const fromA = await aggregateSurvey(survey, stream(responses), {
      members,
      where: { question: "gmina", option: A },
    });
    expect(fromA.respondents).toBe(8);
    expect(fromA.where).toEqual({ question: "gmina", option: A, k: 5 });
    expect(fromA.questions.zgoda?.options?.tak).toMatchObject({ count: 6, share: 0.75 });
    expect(fromA.questions.zgoda?.options?.nie).toEqual({
      count: null,
      share: null,
      wilson95: null,
      weightedShare: null,
    });
    expect(fromA.questions.problemy?.options?.x?.count).toBe(5);
    expect(fromA.questions.problemy?.options?.y?.count).toBeNull();
    expect(fromA.questions.ocena?.mean).toBe(3.75);
    expect(fromA.questions.kolejnosc?.ranking).toBeUndefined();

    const fromB = await aggregateSurvey(survey, stream(responses), {
      where: { question: "gmina", option: B },
    });
    expect(fromB.respondents).toBe(2);
    expect(fromB.questions.ocena).toMatchObject({ answered: 2, mean: null, median: null, sd: null });
    await expect(
      aggregateSurvey(survey, stream(responses), { where: { question: "ocena", option: "5" } }),
    ).rejects.toMatchObject({ issues: [{ path: "where" }] });
  });

  it("computes counts, shares, intervals, weighted figures and Kish's n worked out by hand", async () => {
    const results = await aggregateSurvey(survey, stream(responses), { members });
    expect(results.respondents).toBe(10);
    // Weights: A (0.6 of the population, 0.8 of respondents) 0.75; B (0.4, 0.2) 2.
    expect(results.weighting?.weights[A]).toBeCloseTo(0.75, 12);
    expect(results.weighting?.weights[B]).toBeCloseTo(2, 12);
    // Σw = 8 × 0.75 + 2 × 2 = 10; Σw² = 8 × 0.5625 + 2 × 4 = 12.5; (Σw)² / Σw² = 8.
    expect(results.weighting?.kishEffectiveN).toBeCloseTo(8, 12);

    const tak = results.questions.zgoda?.options?.tak;
    expect(results.questions.zgoda?.answered).toBe(10);
    expect(tak?.count).toBe(6);
    expect(tak?.share).toBe(0.6);
    expect(tak?.wilson95?.[0]).toBeCloseTo(0.3127, 4);
    // Weighted: 6 × 0.75 of Σw = 10.
    expect(tak?.weightedShare).toBeCloseTo(0.45, 12);

    // Seven answered (5 from A, 2 from B; ticking nothing is no answer); x by 5 from A and 1 from B:
    // 6/7; weighted (5 × 0.75 + 1 × 2) / (5 × 0.75 + 2 × 2).
    const x = results.questions.problemy?.options?.x;
    expect(results.questions.problemy?.answered).toBe(7);
    expect(x?.count).toBe(6);
    expect(x?.share).toBeCloseTo(6 / 7, 12);
    expect(x?.weightedShare).toBeCloseTo(5.75 / 7.75, 12);
    expect(results.questions.problemy?.options?.z).toEqual({
      count: 0,
      share: 0,
      wilson95: wilson95(0, 7),
      weightedShare: 0,
    });

    // Scale: 5 5 4 4 4 3 3 2 | 1 1 — mean 3.2, median 3.5, sd √((122 − 102.4) / 9), weighted (0.75×30 + 2×2) / 10.
    const ocena = results.questions.ocena;
    expect(ocena?.mean).toBeCloseTo(3.2, 12);
    expect(ocena?.median).toBe(3.5);
    expect(ocena?.sd).toBeCloseTo(Math.sqrt(19.6 / 9), 12);
    expect(ocena?.weightedMean).toBeCloseTo(2.65, 12);

    // Member question: every gmina listed, the powiat not.
    expect(results.questions.gmina?.options?.[A]?.count).toBe(8);
    expect(results.questions.gmina?.options?.["powiat-wysokomazowiecki"]).toBeUndefined();
    expect(results.questions.gmina?.options?.["gmina-czyzew"]?.count).toBe(0);
  });

  it("ranks by mean place and Borda points, and gives each matrix row its distribution", async () => {
    const results = await aggregateSurvey(survey, stream(responses), { members });
    // [p, q] and [q, r] out of 3 options: first place 2 points, second 1.
    expect(results.questions.kolejnosc?.ranking).toEqual({
      p: { placed: 1, meanRank: 1, borda: 2 },
      q: { placed: 2, meanRank: 1.5, borda: 3 },
      r: { placed: 1, meanRank: 2, borda: 1 },
    });
    expect(results.questions.macierz?.rows?.r1).toEqual({
      answered: 3,
      values: { 1: 1, 2: 1, 3: 1 },
      mean: 2,
    });
  });

  it("crosstabs by member with cells under k suppressed", async () => {
    const results = await aggregateSurvey(survey, stream(responses), { members, by: "gmina" });
    expect(results.by).toEqual({ question: "gmina", k: 5 });
    expect(results.crosstabs?.zgoda?.[A]).toEqual({ tak: 6, nie: null });
    expect(results.crosstabs?.zgoda?.[B]).toEqual({ tak: null, nie: null });
    expect(results.crosstabs?.problemy?.[A]).toEqual({ x: 5, y: null, z: null });
    const k2 = await aggregateSurvey(survey, stream(responses), { members, by: "gmina", k: 2 });
    expect(k2.crosstabs?.zgoda?.[B]).toEqual({ tak: null, nie: 2 });
  });

  it("leaves weighting out without populations, and counts drop-off per section", async () => {
    const results = await aggregateSurvey(survey, responses, { members: [], weighted: true });
    expect(results.weighting).toBeUndefined();
    expect(results.questions.zgoda?.options?.tak?.weightedShare).toBeUndefined();
    expect(results.sections).toEqual({
      kto: { shown: 10, answered: 10, dropOff: 0 },
      co: { shown: 10, answered: 10, dropOff: 0 },
    });
  });

  it("refuses a crosstab by a question that is not a choice", async () => {
    await expect(aggregateSurvey(survey, responses, { by: "ocena" })).rejects.toThrow(
      /not a choice or member question/,
    );
  });
});
