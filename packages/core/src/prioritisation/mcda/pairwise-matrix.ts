import type { Issue } from "../../store/errors.js";

/** Saaty's random index stops at 10 criteria (see `saatyRandomIndex`), so AHP here does too. */
export const maxAhpCriteria = 10;

/** How far a_ij · a_ji may stray from 1, and a judgement from Saaty's 1/9..9, before it is refused (1 %). */
const tolerance = 0.01;

/**
 * What is wrong with a pairwise comparison matrix (macierz porównań parami), field by field: it must be
 * square with 1 to 10 rows, every judgement a number from 1/9 to 9 (Saaty's scale, within 1 %), 1 on the
 * diagonal, and reciprocal: a_ji = 1/a_ij within 1 %, so 0.333 passes for 1/3. Each reciprocal mismatch is
 * reported on the lower triangle. Empty when the matrix is valid.
 *
 * @example
 * pairwiseMatrixIssues([[1, 3], [3, 1]]);
 * // [{ path: "matrix.1.0", message: "must be 1/3 (the reciprocal of matrix.0.1)" }]
 */
export function pairwiseMatrixIssues(matrix: readonly (readonly number[])[], path = "matrix"): Issue[] {
  const n = matrix.length;
  if (n === 0) return [{ path, message: "must have at least 1 row" }];
  if (n > maxAhpCriteria)
    return [
      {
        path,
        message: `must have at most ${maxAhpCriteria} rows (Saaty's 1980 random index stops at ${maxAhpCriteria})`,
      },
    ];
  const shapeIssues = matrix.flatMap((row, i) =>
    row.length === n ? [] : [{ path: `${path}.${i}`, message: `must have ${n} entries, one per row` }],
  );
  if (shapeIssues.length > 0) return shapeIssues;
  const issues: Issue[] = [];
  const valid = matrix.map((row, i) =>
    row.map((value, j) => {
      const at = `${path}.${i}.${j}`;
      if (!Number.isFinite(value)) issues.push({ path: at, message: "must be a number" });
      else if (i === j && value !== 1)
        issues.push({ path: at, message: "must be 1 (an item compared with itself)" });
      else if (value <= 0) issues.push({ path: at, message: "must be more than 0" });
      else if (value < (1 / 9) * (1 - tolerance) || value > 9 * (1 + tolerance))
        issues.push({ path: at, message: "must be between 1/9 and 9 (Saaty's scale)" });
      else return true;
      return false;
    }),
  );
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++) {
      const upper = matrix[j]![i]!;
      if (valid[i]![j] && valid[j]![i] && Math.abs(matrix[i]![j]! * upper - 1) > tolerance)
        issues.push({
          path: `${path}.${i}.${j}`,
          message: `must be ${describeJudgement(1 / upper)} (the reciprocal of ${path}.${j}.${i})`,
        });
    }
  return issues;
}

/**
 * A judgement as people write it: `3`, `1/3`, or a decimal when it is neither.
 *
 * @example
 * describeJudgement(1 / 7); // "1/7"
 */
export function describeJudgement(value: number): string {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (near(value, Math.round(value))) return String(Math.round(value));
  if (near(1 / value, Math.round(1 / value))) return `1/${Math.round(1 / value)}`;
  return String(Number(value.toPrecision(4)));
}
