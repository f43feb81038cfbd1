import type { SeriesValue } from "../portrait/series.js";

/**
 * How a service run jointly would cost (model wspólnej realizacji): a fixed cost for the whole area
 * plus a cost per unit, all in grosze a year, shared among the members by the units each needs or in
 * equal parts.
 */
export interface JointServiceModel {
  fixedCost: number;
  costPerUnit: number;
  sharing: "by_units" | "equal";
}

export interface MemberServiceCost {
  memberId: string;
  units: number;
  /** What the member pays now, alone (grosze). */
  cost: number;
  /** Now, per unit (grosze, rounded). */
  costPerUnit: number;
  /** Its share of the joint cost (grosze); the shares add up to the joint cost exactly. */
  jointShare: number;
  /** Joint, per unit (grosze, rounded). */
  jointCostPerUnit: number;
  /** Joint share minus cost now: below zero the member saves. */
  difference: number;
}

/**
 * A public service run by several members (usługa wspólna: school transport, waste, an animal
 * shelter, DOMAIN §1.1) side by side: each member's cost per unit now, from its cost and unit series
 * for one year, and its share of running the service jointly under the stated model. Members with no
 * figure for that year in both series are left out.
 *
 * @example
 * sharedServiceCosts(
 *   [{ memberId: "a", year: 2025, value: 100_000 }, { memberId: "b", year: 2025, value: 300_000 }],
 *   [{ memberId: "a", year: 2025, value: 10 }, { memberId: "b", year: 2025, value: 30 }],
 *   2025,
 *   { fixedCost: 40_000, costPerUnit: 7_000, sharing: "by_units" },
 * ) // a: 10 000 gr per unit now, 8 000 jointly; b likewise (joint cost 320 000 gr)
 */
export function sharedServiceCosts(
  costs: readonly SeriesValue[],
  units: readonly SeriesValue[],
  year: number,
  model: JointServiceModel,
): { members: MemberServiceCost[]; jointCost: number } {
  const unitsOf = new Map(units.filter((u) => u.year === year).map((u) => [u.memberId, u.value]));
  const rows = costs
    .filter((c) => c.year === year && unitsOf.has(c.memberId))
    .map((c) => ({ memberId: c.memberId, cost: c.value, units: unitsOf.get(c.memberId) as number }));
  const totalUnits = rows.reduce((sum, row) => sum + row.units, 0);
  const jointCost = model.fixedCost + model.costPerUnit * totalUnits;
  const weights = rows.map((row) => (model.sharing === "equal" ? 1 : row.units));
  const shares = apportion(jointCost, weights);
  return {
    jointCost,
    members: rows.map((row, i) => {
      const jointShare = shares[i] as number;
      return {
        ...row,
        costPerUnit: perUnit(row.cost, row.units),
        jointShare,
        jointCostPerUnit: perUnit(jointShare, row.units),
        difference: jointShare - row.cost,
      };
    }),
  };
}

function perUnit(cost: number, units: number): number {
  return units > 0 ? Math.round(cost / units) : 0;
}

/**
 * Splits whole grosze in proportion to weights so the parts add up exactly (largest remainder).
 *
 * @example
 * apportion(100, [1, 1, 1]) // [34, 33, 33]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return parts;
}
