/**
 * The numbers the rules compute with. Two implementations: `floats` (fast) and `exact` (rationals on
 * BigInt). The float one reports a near tie through `near`, so a rule run on floats can stop and rerun
 * exactly whenever a decision depends on two values closer than float rounding could separate.
 */
export interface Arithmetic<T> {
  of(value: bigint): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  /** Negative when a < b, zero when equal, positive when a > b. */
  compare(a: T, b: T): number;
  /** True when floats cannot tell a and b apart reliably (always false for exact numbers). */
  near(a: T, b: T): boolean;
  toNumber(a: T): number;
}

/** A decision that floats cannot take reliably: the caller reruns with exact arithmetic. */
export class NearTie extends Error {}

// Relative distance under which two floats count as possibly equal. Float errors here stay below
// 1e-12 relative (sums of at most a few hundred thousand terms of one sign, each rounded to 2^-53).
const tolerance = 1e-9;

export const floats: Arithmetic<number> = {
  of: Number,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  compare: (a, b) => a - b,
  near: (a, b) => Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b)),
  toNumber: (a) => a,
};

/** A fraction n/d in lowest terms with d > 0. */
export interface Rational {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function rational(n: bigint, d: bigint): Rational {
  if (d < 0n) return rational(-n, -d);
  if (d === 1n || n === 0n) return { n, d: n === 0n ? 1n : d };
  const g = gcd(n, d);
  return g === 1n ? { n, d } : { n: n / g, d: d / g };
}

export const exact: Arithmetic<Rational> = {
  of: (value) => ({ n: value, d: 1n }),
  add: (a, b) => (a.d === b.d ? rational(a.n + b.n, a.d) : rational(a.n * b.d + b.n * a.d, a.d * b.d)),
  sub: (a, b) => (a.d === b.d ? rational(a.n - b.n, a.d) : rational(a.n * b.d - b.n * a.d, a.d * b.d)),
  mul: (a, b) => rational(a.n * b.n, a.d * b.d),
  div: (a, b) => rational(a.n * b.d, a.d * b.n),
  compare: (a, b) => {
    const difference = a.n * b.d - b.n * a.d;
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  },
  near: () => false,
  toNumber: (a) => {
    // Past 2^1023 Number() gives Infinity: drop low bits of both until they fit.
    const size = (a.n < 0n ? -a.n : a.n) > a.d ? (a.n < 0n ? -a.n : a.n) : a.d;
    if (size < 2n ** 1000n) return Number(a.n) / Number(a.d);
    const shift = BigInt(size.toString(2).length - 1000);
    return Number(a.n >> shift) / Number(a.d >> shift);
  },
};
