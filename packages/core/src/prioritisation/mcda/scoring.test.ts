import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { issuesOf } from "../../schema/parse.js";
import { ValidationError } from "../../store/errors.js";
import { aggregateAssessments } from "./aggregate-assessments.js";
import { Assessment } from "./assessment.js";
import { Criteria, type Criterion } from "./criteria.js";
import { cwdCriteria, euFundsCriteria } from "./presets.js";
import type { ProjectScores } from "./project-scores.js";
import { rankProjects, topK } from "./ranking.js";
import { topsis } from "./topsis.js";
import { normaliseScore, weightedSum } from "./weighted-sum.js";
import { normaliseWeights } from "./weights.js";

const [reach, problems, groups, potentials] = cwdCriteria.map((criterion) => criterion.id) as [
  string,
  string,
  string,
  string,
];
const cwd = (projectId: string, scores: [number, number, number, number]): ProjectScores => ({
  projectId,
  scores: { [reach]: scores[0], [problems]: scores[1], [groups]: scores[2], [potentials]: scores[3] },
});

describe("criteria and presets", () => {
  it("both presets are valid criteria with Polish and English labels", () => {
    for (const preset of [cwdCriteria, euFundsCriteria]) {
      expect(issuesOf(Criteria, preset)).toEqual([]);
      for (const criterion of preset) expect(criterion.label.en).toBeTruthy();
    }
    expect(cwdCriteria.map((c) => c.label.en)).toEqual([
      "Reaches beyond one gmina",
      "Solves more than one problem",
      "Serves more than one social group",
      "Uses more than one local potential",
    ]);
  });

  it("refuses repeated ids, an empty scale and all-zero weights", () => {
    const base = cwdCriteria[0]!;
    expect(issuesOf(Criteria, [base, { ...base, scale: { min: 2, max: 2 } }])).toEqual([
      { path: "1.scale.max", message: "must be more than min" },
    ]);
    expect(issuesOf(Criteria, [base, base])).toEqual([
      { path: "1.id", message: "id ponadgminny-zasieg is used twice" },
    ]);
    expect(issuesOf(Criteria, [{ ...base, weight: 0 }])).toEqual([
      { path: "", message: "at least one weight must be above 0" },
    ]);
  });

  it("normalises weights to sum 1", () => {
    expect(normaliseWeights([2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
    expect(() => normaliseWeights([0, 0])).toThrow(RangeError);
  });
});

describe("aggregateAssessments", () => {
  const assessment = (assessorId: string, projectId: string, scores: number[]): Assessment => ({
    assessorId,
    projectId,
    scores: Object.fromEntries(scores.map((score, j) => [cwdCriteria[j]!.id, { score }])),
  });
  const assessments = [
    assessment("ekspert-a", "p1", [2, 1, 2, 0]),
    assessment("ekspert-b", "p1", [2, 2, 1, 0]),
    assessment("ekspert-c", "p1", [0, 2, 1]),
    assessment("ekspert-a", "p2", [1, 1, 1, 1]),
  ];

  it("takes the mean or the median per project and criterion, with min, max and population SD", () => {
    const [p1, p2] = aggregateAssessments(assessments, cwdCriteria, "mean");
    expect(p1!.scores[reach]).toBeCloseTo(4 / 3, 12);
    expect(p1!.spread[reach]).toEqual({ count: 3, min: 0, max: 2, standardDeviation: Math.sqrt(8 / 9) });
    expect(p1!.scores[potentials]).toBe(0);
    expect(p1!.spread[potentials]!.count).toBe(2);
    expect(p2!.scores).toEqual({ [reach]: 1, [problems]: 1, [groups]: 1, [potentials]: 1 });
    const [median] = aggregateAssessments(assessments, cwdCriteria, "median");
    expect(median!.scores).toEqual({ [reach]: 2, [problems]: 2, [groups]: 1, [potentials]: 0 });
  });

  it("feeds straight into a method", () => {
    const ranked = rankProjects(weightedSum(cwdCriteria, aggregateAssessments(assessments, cwdCriteria)));
    expect(ranked.map((p) => p.projectId)).toEqual(["p1", "p2"]);
  });

  it("names an unknown criterion, a score off the scale and a second assessment by one assessor", () => {
    const bad = [
      assessment("ekspert-a", "p1", [3, 1, 1, 1]),
      { ...assessment("ekspert-a", "p1", [1, 1, 1, 1]), scores: { nieznane: { score: 1 } } },
    ];
    expect(() => aggregateAssessments(bad, cwdCriteria)).toThrow(ValidationError);
    try {
      aggregateAssessments(bad, cwdCriteria);
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        {
          path: `assessments.0.scores.${reach}.score`,
          message: "must be between 0 and 2 (the criterion's scale)",
        },
        { path: "assessments.1.assessorId", message: "ekspert-a has already assessed p1" },
        { path: "assessments.1.scores.nieznane", message: "is not one of the criteria" },
      ]);
    }
  });

  it("has a schema for one assessment, with optional comments", () => {
    expect(
      issuesOf(Assessment, {
        projectId: "p1",
        assessorId: "ekspert-a",
        scores: { [reach]: { score: 2, comment: "3 gminy" } },
      }),
    ).toEqual([]);
    expect(issuesOf(Assessment, { projectId: "p1", scores: { [reach]: { score: "2" } } })).toEqual([
      { path: "assessorId", message: "is required" },
      { path: `scores.${reach}.score`, message: "must be a number" },
    ]);
  });
});

describe("weightedSum", () => {
  it("normalises over each criterion's scale, inverting cost criteria", () => {
    expect(normaliseScore({ direction: "benefit", scale: { min: 0, max: 10 } }, 2)).toBe(0.2);
    expect(normaliseScore({ direction: "cost", scale: { min: 0, max: 10 } }, 2)).toBe(0.8);
    expect(weightedSum(cwdCriteria, [cwd("p1", [2, 1, 2, 0])])).toEqual([{ projectId: "p1", score: 0.625 }]);
  });

  it("does not move a project's score when another project is added", () => {
    const alone = weightedSum(cwdCriteria, [cwd("p1", [2, 1, 2, 0])]);
    const together = weightedSum(cwdCriteria, [cwd("p1", [2, 1, 2, 0]), cwd("p2", [0, 0, 0, 2])]);
    expect(together[0]).toEqual(alone[0]);
  });

  it("names a missing score and a score off the scale", () => {
    const projects = [{ projectId: "p1", scores: { [reach]: 5 } }];
    try {
      weightedSum(cwdCriteria.slice(0, 2), projects);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        { path: `projects.0.scores.${reach}`, message: "must be between 0 and 2 (the criterion's scale)" },
        { path: `projects.0.scores.${problems}`, message: "is required" },
      ]);
    }
  });
});

describe("rankProjects", () => {
  it("gives tied scores the same rank and skips the next (1, 2, 2, 4)", () => {
    const ranked = rankProjects([
      { projectId: "a", score: 0.5 },
      { projectId: "b", score: 0.9 },
      { projectId: "c", score: 0.1 + 0.2 + 0.2 },
      { projectId: "d", score: 0.1 },
    ]);
    expect(ranked.map((p) => [p.projectId, p.rank])).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 2],
      ["d", 4],
    ]);
    expect(topK(ranked, 2)).toEqual(["a", "b", "c"]);
  });
});

const criteriaArbitrary = fc
  .array(fc.record({ weight: fc.double({ min: 0.01, max: 1, noNaN: true }), cost: fc.boolean() }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((specs): Criterion[] =>
    specs.map((spec, j) => ({
      id: `c${j}`,
      label: { pl: `K${j}` },
      direction: spec.cost ? "cost" : "benefit",
      scale: { min: 0, max: 10 },
      weight: spec.weight,
    })),
  );
const problemArbitrary = criteriaArbitrary.chain((criteria) =>
  fc
    .array(
      fc.array(fc.double({ min: 0, max: 10, noNaN: true }), {
        minLength: criteria.length,
        maxLength: criteria.length,
      }),
      {
        minLength: 1,
        maxLength: 8,
      },
    )
    .map((rows) => ({
      criteria,
      projects: rows.map((row, i) => ({
        projectId: `p${i}`,
        scores: Object.fromEntries(row.map((x, j) => [`c${j}`, x])),
      })),
    })),
);

describe("topsis", () => {
  it("property: closeness is in [0, 1], and the weighted sum in [0, 1]", () => {
    fc.assert(
      fc.property(problemArbitrary, ({ criteria, projects }) => {
        for (const { score } of topsis(criteria, projects)) expect(score >= 0 && score <= 1).toBe(true);
        for (const { score } of weightedSum(criteria, projects))
          expect(score >= -1e-12 && score <= 1 + 1e-12).toBe(true);
      }),
    );
  });

  it("puts a project that is best on every criterion first with closeness 1, costs included", () => {
    const criteria = euFundsCriteria.map((c, j) => ({
      ...c,
      direction: j === 2 ? ("cost" as const) : c.direction,
    }));
    const ids = criteria.map((c) => c.id);
    const project = (projectId: string, values: number[]) => ({
      projectId,
      scores: Object.fromEntries(ids.map((id, j) => [id, values[j]!])),
    });
    const result = topsis(criteria, [project("slaby", [1, 2, 80, 1]), project("mocny", [3, 5, 10, 4])]);
    expect(result.map((p) => p.score)).toEqual([0, 1]);
  });

  it("gives 0.5 to everyone when all projects tie on every criterion", () => {
    expect(topsis(cwdCriteria, [cwd("a", [1, 1, 1, 1]), cwd("b", [1, 1, 1, 1])]).map((p) => p.score)).toEqual(
      [0.5, 0.5],
    );
  });
});
