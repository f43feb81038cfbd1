import { createMemoryStore } from "@cwd/adapters/memory";
import type { Indicator, Series, Store } from "@cwd/core";
import { partnership } from "../survey/fixtures.js";

export { partnership };

/** Made-up shares of unemployed (sample), for three of the members over three years. */
export const unemployment: Series = {
  id: "bezrobocie",
  partnershipId: partnership.id,
  variable: {
    pl: "Udział bezrobotnych w ludności w wieku produkcyjnym",
    en: "Unemployed, share of working age",
  },
  unit: "%",
  measure: "rate",
  values: [
    { memberId: "miasto-wysokie-mazowieckie", year: 2021, value: 4.2 },
    { memberId: "miasto-wysokie-mazowieckie", year: 2022, value: 3.9 },
    { memberId: "miasto-wysokie-mazowieckie", year: 2023, value: 3.6 },
    { memberId: "gmina-klukowo", year: 2021, value: 5.8 },
    { memberId: "gmina-klukowo", year: 2022, value: 5.1 },
    { memberId: "gmina-szepietowo", year: 2023, value: 6.4 },
  ],
  source: "przykładowe dane",
  sample: true,
};

const indicator = (id: string, extra: Partial<Indicator>): Indicator => ({
  id,
  partnershipId: partnership.id,
  goalId: "mlodzi-na-miejscu",
  name: { pl: "Udział bezrobotnych w ludności w wieku produkcyjnym", en: "Unemployed, share of working age" },
  unit: "%",
  direction: "decrease",
  baseline: { value: 5.2, year: 2020 },
  target: { value: 3.5, year: 2030 },
  measurements: [],
  source: "przykładowe dane",
  sample: true,
  ...extra,
});

/**
 * Made-up indicators (sample). On track: 5.2 → 4.6 by 2023 is 0.6 / 1.7 ≈ 35% of the way, against
 * 3 / 10 = 30% of the time. Off track: 12 → 15 ha by 2024 is 3 / 28 ≈ 11% against 3 / 7 ≈ 43%.
 */
export const indicators = {
  onTrack: indicator("bezrobocie-wskaznik", {
    measurements: [
      { year: 2023, value: 4.6 },
      { year: 2022, value: 4.9, source: "PUP w Wysokiem Mazowieckiem (przykład)" },
    ],
    seriesId: unemployment.id,
  }),
  offTrack: indicator("tereny-inwestycyjne", {
    name: { pl: "Uzbrojone tereny inwestycyjne", en: "Serviced investment land" },
    unit: "ha",
    direction: "increase",
    baseline: { value: 12, year: 2021 },
    target: { value: 40, year: 2028 },
    measurements: [{ year: 2024, value: 15 }],
  }),
  noData: indicator("przedszkola", {
    name: { pl: "Dzieci w wychowaniu przedszkolnym", en: "Children in pre-school education" },
    direction: "increase",
    baseline: { value: 82, year: 2020 },
    target: { value: 95, year: 2030 },
  }),
};

export async function chartStore(series: Series = unemployment): Promise<Store> {
  const store = createMemoryStore();
  await store.put("partnerships", partnership);
  await store.put("series", series);
  for (const i of Object.values(indicators)) await store.put("indicators", i);
  return store;
}
