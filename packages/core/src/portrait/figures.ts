import type { Series } from "./series.js";

/** A member's population in a year, or undefined when unknown. */
export type Population = (memberId: string, year: number) => number | undefined;

/**
 * Population read from a count series of inhabitants (ludność, BDL variable 72305), exact years only.
 *
 * @example
 * populationFrom(ludnosc)("gmina-klukowo", 2023) // 4302
 */
export function populationFrom(series: Series): Population {
  const values = new Map(series.values.map((v) => [`${v.memberId}/${v.year}`, v.value]));
  return (memberId, year) => values.get(`${memberId}/${year}`);
}

/** The years a series has values for, in order. */
export function seriesYears(series: Series): number[] {
  return [...new Set(series.values.map((v) => v.year))].sort((a, b) => a - b);
}

/**
 * The partnership's figure for one year: the sum of the members for a count, the population-weighted
 * mean for a rate. Null when a member's value (or, for a rate, its population) is missing, since a
 * partial sum would pass for the whole.
 *
 * @example
 * partnershipFigure(ludnosc, 2023, population) // 56860 (sum)
 */
export function partnershipFigure(
  series: Series,
  year: number,
  memberIds: readonly string[],
  population: Population,
): number | null {
  const values = memberIds.map(
    (id) => series.values.find((v) => v.memberId === id && v.year === year)?.value,
  );
  if (values.some((v) => v === undefined)) return null;
  if (series.measure === "count") return (values as number[]).reduce((sum, v) => sum + v, 0);
  const weights = memberIds.map((id) => population(id, year));
  if (weights.some((w) => w === undefined)) return null;
  const total = (weights as number[]).reduce((sum, w) => sum + w, 0);
  if (total === 0) return null;
  return (values as number[]).reduce((sum, v, i) => sum + v * (weights[i] as number), 0) / total;
}

/**
 * A count per inhabitants: per 1 (per capita) or per 10,000 (na 10 tys. ludności). Null when the
 * population is unknown or zero.
 *
 * @example
 * perInhabitants(512, 4302, 10_000) // 1190.1…
 */
export function perInhabitants(
  count: number,
  population: number | undefined,
  per: 1 | 1000 | 10_000 = 1,
): number | null {
  if (population === undefined || population === 0) return null;
  return (count / population) * per;
}

/**
 * Members ranked on one year's values, highest first (or lowest first when lower is better); equal
 * values share a rank (1, 2, 2, 4). Members without a value that year are left out.
 *
 * @example
 * rankMembers(series, 2023) // [{ memberId: "miasto-…", value: 9.1, rank: 1 }, …]
 */
export function rankMembers(
  series: Series,
  year: number,
  order: "highest_first" | "lowest_first" = "highest_first",
): { memberId: string; value: number; rank: number }[] {
  const sign = order === "highest_first" ? -1 : 1;
  const sorted = series.values
    .filter((v) => v.year === year)
    .map(({ memberId, value }) => ({ memberId, value }))
    .sort((a, b) => sign * (a.value - b.value) || (a.memberId < b.memberId ? -1 : 1));
  return sorted.map((entry) => ({
    ...entry,
    rank: sorted.findIndex((other) => other.value === entry.value) + 1,
  }));
}

/**
 * The partnership beside its reference areas in one year: its figure, each area's value, and the
 * difference (partnership − area). An area without a value that year is left out.
 */
export function compareWithReference(
  series: Series,
  year: number,
  memberIds: readonly string[],
  population: Population,
): {
  partnership: number | null;
  areas: { area: string; name: string; value: number; difference: number | null }[];
} {
  const partnership = partnershipFigure(series, year, memberIds, population);
  const areas = (series.reference ?? []).flatMap(({ area, name, values }) => {
    const value = values.find((v) => v.year === year)?.value;
    if (value === undefined) return [];
    return [{ area, name, value, difference: partnership === null ? null : partnership - value }];
  });
  return { partnership, areas };
}
