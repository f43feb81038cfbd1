import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { issuesOf } from "../../schema/parse.js";
import { ValidationError } from "../../store/errors.js";
import { ahpWeights, geometricMeanWeights, saatyRandomIndex } from "./ahp.js";
import { combineJudgements } from "./group-ahp.js";
import { PairwiseComparisons } from "./pairwise-comparisons.js";
import { pairwiseMatrixIssues } from "./pairwise-matrix.js";

/** A consistent matrix a_ij = w_i / w_j from positive weights. */
const consistentMatrix = (weights: number[]) => weights.map((wi) => weights.map((wj) => wi / wj));

/** Weights whose ratios stay within Saaty's 1/9..9, so the matrix they imply is valid. */
const saatyWeights = fc.array(fc.double({ min: 1, max: 9, noNaN: true }), { minLength: 1, maxLength: 10 });

describe("ahpWeights", () => {
  it("gives the textbook 3×3 result", () => {
    const result = ahpWeights([
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ]);
    expect(result.weights.map((w) => w.toFixed(3))).toEqual(["0.637", "0.258", "0.105"]);
    expect(result.cr).toBeCloseTo(0.033, 3);
    expect(result.consistent).toBe(true);
    expect(result.mostInconsistent).toBeUndefined();
  });

  it("pins Saaty's 1980 random index", () => {
    expect(saatyRandomIndex).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
  });

  it("treats one or two criteria as always consistent", () => {
    expect(ahpWeights([[1]])).toMatchObject({ weights: [1], ci: 0, cr: 0, consistent: true });
    const two = ahpWeights([
      [1, 4],
      [1 / 4, 1],
    ]);
    expect(two.weights[0]).toBeCloseTo(0.8, 12);
    expect(two).toMatchObject({ ci: 0, cr: 0, consistent: true });
  });

  it("flags a CR above 0.1 and names the judgement furthest from the weights", () => {
    // Consistent with weights 8 : 4 : 2 : 1, except that the first is judged 8 times less important
    // than the last instead of 8 times more: that one judgement is the culprit.
    const matrix = consistentMatrix([8, 4, 2, 1]);
    matrix[0]![3] = 1 / 8;
    matrix[3]![0] = 8;
    const result = ahpWeights(matrix);
    expect(result.consistent).toBe(false);
    expect(result.cr).toBeGreaterThan(0.1);
    expect(result.mostInconsistent).toMatchObject({ row: 0, column: 3, judgement: 1 / 8 });
  });

  it("reports the geometric-mean weights with the same λmax, CI and CR", () => {
    const matrix = [
      [1, 3, 1 / 5],
      [1 / 3, 1, 3],
      [5, 1 / 3, 1],
    ];
    const eigen = ahpWeights(matrix);
    const geometric = ahpWeights(matrix, { method: "geometric-mean" });
    expect(geometric.weights).toEqual(geometricMeanWeights(matrix));
    expect(geometric.lambdaMax).toBe(eigen.lambdaMax);
    expect(geometric.cr).toBe(eigen.cr);
  });

  it("refuses a bad matrix, naming each entry", () => {
    const attempt = () =>
      ahpWeights([
        [1, 3, 12],
        [3, 1, 2],
        [1 / 12, 0.5, 2],
      ]);
    expect(attempt).toThrow(ValidationError);
    expect(
      pairwiseMatrixIssues([
        [1, 3, 12],
        [3, 1, 2],
        [1 / 12, 0.5, 2],
      ]),
    ).toEqual([
      { path: "matrix.0.2", message: "must be between 1/9 and 9 (Saaty's scale)" },
      { path: "matrix.2.0", message: "must be between 1/9 and 9 (Saaty's scale)" },
      { path: "matrix.2.2", message: "must be 1 (an item compared with itself)" },
      { path: "matrix.1.0", message: "must be 1/3 (the reciprocal of matrix.0.1)" },
    ]);
    expect(pairwiseMatrixIssues([[1, 2], [0.5]])).toEqual([
      { path: "matrix.1", message: "must have 2 entries, one per row" },
    ]);
    expect(
      pairwiseMatrixIssues([
        [1, -2],
        [-0.5, 1],
      ])[0],
    ).toEqual({ path: "matrix.0.1", message: "must be more than 0" });
    expect(pairwiseMatrixIssues(consistentMatrix(Array(11).fill(1)))[0]?.message).toMatch(/at most 10 rows/);
  });

  it("accepts 0.333 for 1/3 (1 % tolerance) but not 0.3", () => {
    expect(
      pairwiseMatrixIssues([
        [1, 3],
        [0.333, 1],
      ]),
    ).toEqual([]);
    expect(
      pairwiseMatrixIssues([
        [1, 3],
        [0.3, 1],
      ]),
    ).toEqual([{ path: "matrix.1.0", message: "must be 1/3 (the reciprocal of matrix.0.1)" }]);
  });

  it("property: weights sum to 1, for both methods", () => {
    fc.assert(
      fc.property(
        saatyWeights,
        fc.constantFrom("eigenvector" as const, "geometric-mean" as const),
        (w, method) => {
          const { weights } = ahpWeights(consistentMatrix(w), { method });
          expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it("property: a consistent matrix a_ij = w_i/w_j gives back w with CR ≈ 0", () => {
    fc.assert(
      fc.property(saatyWeights, (w) => {
        const result = ahpWeights(consistentMatrix(w));
        const total = w.reduce((a, b) => a + b, 0);
        for (const [i, weight] of result.weights.entries()) expect(weight).toBeCloseTo(w[i]! / total, 10);
        expect(result.lambdaMax).toBeCloseTo(w.length, 10);
        expect(result.cr).toBeLessThan(1e-10);
        expect(result.consistent).toBe(true);
      }),
    );
  });

  it("property: CR > 0.1 exactly when a most inconsistent judgement is named", () => {
    const judgement = fc.constantFrom(1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9);
    const matrix = fc.integer({ min: 3, max: 6 }).chain((n) =>
      fc.array(judgement, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => {
        const a = Array.from({ length: n }, () => Array<number>(n).fill(1));
        let next = 0;
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++) {
            a[i]![j] = upper[next++]!;
            a[j]![i] = 1 / a[i]![j]!;
          }
        return a;
      }),
    );
    fc.assert(
      fc.property(matrix, (a) => {
        const result = ahpWeights(a);
        expect(result.mostInconsistent !== undefined).toBe(result.cr > 0.1);
        expect(result.lambdaMax).toBeGreaterThanOrEqual(a.length - 1e-9);
      }),
    );
  });
});

describe("combineJudgements (group AHP)", () => {
  it("takes the element-wise geometric mean, which stays reciprocal", () => {
    const combined = combineJudgements([
      [
        [1, 9],
        [1 / 9, 1],
      ],
      [
        [1, 1],
        [1, 1],
      ],
    ]);
    expect(combined[0]![1]).toBeCloseTo(3, 12);
    expect(combined[1]![0]).toBeCloseTo(1 / 3, 12);
  });

  it("names a judge's bad entry and a size mismatch", () => {
    try {
      combineJudgements([
        [
          [1, 2],
          [0.5, 1],
        ],
        [[1]],
        [
          [1, 2],
          [2, 1],
        ],
      ]);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        { path: "matrices.1", message: "must have 2 rows, as the first judge's matrix" },
        { path: "matrices.2.1.0", message: "must be 1/2 (the reciprocal of matrices.2.0.1)" },
      ]);
    }
  });
});

describe("PairwiseComparisons (the cwd ahp file)", () => {
  it("accepts fractions written as text", () => {
    const parsed = PairwiseComparisons.parse({
      criteria: ["a", "b"],
      matrix: [
        [1, 3],
        ["1/3", 1],
      ],
    });
    expect(parsed.matrix[1]![0]).toBeCloseTo(1 / 3, 15);
  });

  it("names the field and the problem", () => {
    expect(
      issuesOf(PairwiseComparisons, {
        criteria: ["a", "b", "c"],
        matrix: [
          [1, 3, 1],
          [1 / 3, 1, 3],
          [1, 3, 1],
        ],
      }),
    ).toEqual([{ path: "matrix.2.1", message: "must be 1/3 (the reciprocal of matrix.1.2)" }]);
    expect(issuesOf(PairwiseComparisons, { criteria: ["a", "a"], matrix: [[1]] })).toEqual([
      { path: "criteria.1", message: "a is listed twice" },
      { path: "matrix", message: "must have 2 rows, one per criterion" },
    ]);
    expect(
      issuesOf(PairwiseComparisons, {
        criteria: ["a", "b"],
        matrix: [
          [1, "three"],
          [1, 1],
        ],
      })[0]?.path,
    ).toBe("matrix.0.1");
  });
});
