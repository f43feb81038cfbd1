/** z for a two-sided 95% interval: the 0.975 quantile of the standard normal distribution. */
export const z95 = 1.959964;

/**
 * The Wilson score interval for a share of x out of n at 95%: unlike the textbook p ± z·se, it stays
 * inside [0, 1] and is honest for small n and for shares near 0 or 1. `null` when n is 0.
 *
 * @example
 * wilson95(3, 10) // [0.1078, 0.6032] (rounded)
 */
export function wilson95(x: number, n: number): [number, number] | null {
  if (n === 0) return null;
  const p = x / n;
  const z2 = z95 * z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * The median of values given as counts per value; the mean of the two middle values when the count
 * is even. `null` when there are none.
 *
 * @example
 * medianOfCounts(new Map([[1, 2], [4, 2]])) // 2.5
 */
export function medianOfCounts(counts: Map<number, number>): number | null {
  const values = [...counts.entries()].filter(([, c]) => c > 0).sort(([a], [b]) => a - b);
  const n = values.reduce((sum, [, c]) => sum + c, 0);
  if (n === 0) return null;
  const at = (index: number): number => {
    let seen = 0;
    for (const [value, count] of values) {
      seen += count;
      if (index < seen) return value;
    }
    return values[values.length - 1]?.[0] as number;
  };
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

/**
 * The sample standard deviation (divisor n − 1) from a count, a sum and a sum of squares, so a
 * stream needs no list of values. `null` below two values.
 *
 * @example
 * sampleSd(3, 6, 14) // 1 (values 1, 2, 3)
 */
export function sampleSd(n: number, sum: number, sumOfSquares: number): number | null {
  if (n < 2) return null;
  return Math.sqrt(Math.max(0, (sumOfSquares - (sum * sum) / n) / (n - 1)));
}

/**
 * Kish's effective sample size, (Σw)² / Σw²: how many unweighted respondents the weighted ones are
 * worth. Equal weights give n; uneven weights give less.
 *
 * @example
 * kishEffectiveN(4, 6) // 2.667: weights 2, 1, 1 (Σw = 4, Σw² = 6) are worth fewer than 3
 */
export function kishEffectiveN(sumOfWeights: number, sumOfSquaredWeights: number): number | null {
  return sumOfSquaredWeights === 0 ? null : (sumOfWeights * sumOfWeights) / sumOfSquaredWeights;
}
