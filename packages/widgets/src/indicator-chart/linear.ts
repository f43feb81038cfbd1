import { nice, ticks } from "d3-array";

/**
 * A linear map from a domain, widened to round numbers, onto a pixel range, with round tick
 * values. d3-scale's scaleLinear would do the same but brings colour interpolation and number
 * formatting (≈20 kB) that a chart of plain numbers never uses.
 *
 * @example
 * const y = linearScale([0, 4.2], [128, 12]);
 * y(0) // 128
 * y.ticks(3) // [0, 2, 4]
 */
export function linearScale(
  domain: [number, number],
  range: [number, number],
): ((value: number) => number) & { ticks(count: number): number[] } {
  const [low, high] = nice(domain[0], domain[1], 10);
  const span = high - low;
  // A flat domain (every value equal) sits mid-range, as in d3.
  const map = (value: number) => range[0] + (span ? (value - low) / span : 0.5) * (range[1] - range[0]);
  return Object.assign(map, { ticks: (count: number) => ticks(low, high, count) });
}
