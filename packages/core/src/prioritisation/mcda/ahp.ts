import { ValidationError } from "../../store/errors.js";
import { pairwiseMatrixIssues } from "./pairwise-matrix.js";

/**
 * Saaty's random index (1980, "The Analytic Hierarchy Process", McGraw-Hill) for n = 1..10: the mean
 * consistency index of random reciprocal matrices. Other tables exist (Saaty 2005, Donegan & Dodd 1991)
 * and shift CR in the third decimal; this one is pinned. There is no value beyond 10, so AHP matrices
 * here have at most 10 rows.
 */
export const saatyRandomIndex: readonly number[] = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

/** Saaty's threshold: a consistency ratio above it means the judgements should be revisited. */
export const consistencyThreshold = 0.1;

/** How priorities are derived from the matrix. */
export type AhpMethod = "eigenvector" | "geometric-mean";

/** The judgement that disagrees most with the weights: a[row][column] against w[row] / w[column]. */
export interface InconsistentJudgement {
  row: number;
  column: number;
  judgement: number;
  /** What the weights imply the judgement should be: w[row] / w[column]. */
  implied: number;
}

export interface AhpResult {
  /** Priorities, summing to 1, in the matrix's order. */
  weights: number[];
  /** Principal eigenvalue of the matrix (λmax). */
  lambdaMax: number;
  /** Consistency index (λmax − n) / (n − 1); 0 for n ≤ 2. */
  ci: number;
  /** Consistency ratio CI / RI(n) with Saaty's 1980 random index; 0 for n ≤ 2. */
  cr: number;
  /** Whether CR ≤ 0.1. */
  consistent: boolean;
  /** When CR > 0.1: the judgement with the largest |ln(a_ij · w_j / w_i)|. */
  mostInconsistent?: InconsistentJudgement;
}

/**
 * AHP priorities from a pairwise comparison matrix (Saaty). `eigenvector` (default): the principal right
 * eigenvector, normalised to sum 1, by power iteration until no weight moves more than 1e-15.
 * `geometric-mean`: the normalised geometric means of the rows (logarithmic least squares), equal to
 * the eigenvector for a consistent matrix. Either way λmax is the matrix's principal eigenvalue
 * (mean of (A w)_i / w_i at the eigenvector), so CI and CR are Saaty's and do not depend on the method.
 * A CR above 0.1 names the most inconsistent judgement: the pair (i, j) with the largest
 * |ln(a_ij · w_j / w_i)|, the judgement furthest, as a ratio, from what the chosen weights imply.
 * Throws a ValidationError naming each bad entry (`matrix.2.1`).
 *
 * @example
 * const { weights, cr } = ahpWeights([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]]);
 * // weights ≈ [0.637, 0.258, 0.105], cr ≈ 0.033
 */
export function ahpWeights(
  matrix: readonly (readonly number[])[],
  options: { method?: AhpMethod } = {},
): AhpResult {
  const issues = pairwiseMatrixIssues(matrix);
  if (issues.length > 0) throw new ValidationError(issues);
  const n = matrix.length;
  const eigenvector = principalEigenvector(matrix);
  const weights = options.method === "geometric-mean" ? geometricMeanWeights(matrix) : eigenvector;
  const product = multiply(matrix, eigenvector);
  const lambdaMax = product.reduce((sum, value, i) => sum + value / eigenvector[i]!, 0) / n;
  // λmax ≥ n for every positive reciprocal matrix; the clamp only removes float noise below n.
  const ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const cr = n <= 2 ? 0 : ci / saatyRandomIndex[n - 1]!;
  const consistent = cr <= consistencyThreshold;
  return {
    weights,
    lambdaMax,
    ci,
    cr,
    consistent,
    ...(consistent ? {} : { mostInconsistent: mostInconsistentJudgement(matrix, weights) }),
  };
}

function multiply(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((sum, value, j) => sum + value * vector[j]!, 0));
}

function principalEigenvector(matrix: readonly (readonly number[])[]): number[] {
  let weights = matrix.map(() => 1 / matrix.length);
  // A positive matrix has a simple dominant eigenvalue, so power iteration converges; the cap is a guard.
  for (let step = 0; step < 10_000; step++) {
    const product = multiply(matrix, weights);
    const total = product.reduce((sum, value) => sum + value, 0);
    const next = product.map((value) => value / total);
    const moved = Math.max(...next.map((value, i) => Math.abs(value - weights[i]!)));
    weights = next;
    if (moved <= 1e-15) break;
  }
  return weights;
}

/**
 * Row geometric means normalised to sum 1 (the RGMM / logarithmic least squares priorities).
 *
 * @example
 * geometricMeanWeights([[1, 2], [1 / 2, 1]]); // [2/3, 1/3]
 */
export function geometricMeanWeights(matrix: readonly (readonly number[])[]): number[] {
  const means = matrix.map((row) =>
    Math.exp(row.reduce((sum, value) => sum + Math.log(value), 0) / row.length),
  );
  const total = means.reduce((sum, value) => sum + value, 0);
  return means.map((value) => value / total);
}

function mostInconsistentJudgement(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
): InconsistentJudgement {
  let worst: InconsistentJudgement & { deviation: number } = {
    row: 0,
    column: 0,
    judgement: 1,
    implied: 1,
    deviation: -1,
  };
  for (let i = 0; i < matrix.length; i++)
    for (let j = i + 1; j < matrix.length; j++) {
      const implied = weights[i]! / weights[j]!;
      const deviation = Math.abs(Math.log(matrix[i]![j]! / implied));
      if (deviation > worst.deviation)
        worst = { row: i, column: j, judgement: matrix[i]![j]!, implied, deviation };
    }
  const { deviation: _, ...judgement } = worst;
  return judgement;
}
