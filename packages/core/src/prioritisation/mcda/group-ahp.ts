import { ValidationError } from "../../store/errors.js";
import { pairwiseMatrixIssues } from "./pairwise-matrix.js";

/**
 * Group AHP by aggregating individual judgements (AIJ): the element-wise geometric mean of several judges'
 * pairwise comparison matrices, which is again reciprocal (the arithmetic mean would not be). Feed the
 * result to `ahpWeights`. Throws a ValidationError naming each bad entry (`matrices.1.2.0`) or a size that
 * differs from the first judge's.
 *
 * @example
 * combineJudgements([[[1, 3], [1 / 3, 1]], [[1, 1 / 3], [3, 1]]]); // [[1, 1], [1, 1]]
 */
export function combineJudgements(matrices: readonly (readonly (readonly number[])[])[]): number[][] {
  if (matrices.length === 0)
    throw new ValidationError([{ path: "matrices", message: "must have at least 1 matrix" }]);
  const n = matrices[0]!.length;
  const issues = matrices.flatMap((matrix, k) =>
    matrix.length !== n
      ? [{ path: `matrices.${k}`, message: `must have ${n} rows, as the first judge's matrix` }]
      : pairwiseMatrixIssues(matrix, `matrices.${k}`),
  );
  if (issues.length > 0) throw new ValidationError(issues);
  return matrices[0]!.map((row, i) =>
    row.map((_, j) =>
      Math.exp(matrices.reduce((sum, matrix) => sum + Math.log(matrix[i]![j]!), 0) / matrices.length),
    ),
  );
}
