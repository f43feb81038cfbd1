import { createMemoryStore } from "@cwd/adapters/memory";
import type { Series, Store } from "@cwd/core";
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

export async function chartStore(series: Series = unemployment): Promise<Store> {
  const store = createMemoryStore();
  await store.put("partnerships", partnership);
  await store.put("series", series);
  return store;
}
