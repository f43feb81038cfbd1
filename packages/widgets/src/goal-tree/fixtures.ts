import { createMemoryStore } from "@cwd/adapters/memory";
import type { Goal, Indicator, Store } from "@cwd/core";
import { partnership } from "../survey/fixtures.js";

export { partnership };

const partnershipId = partnership.id;

const goal = (
  id: string,
  level: Goal["level"],
  pl: string,
  parentId?: string,
  extra: Partial<Goal> = {},
): Goal => ({
  id,
  partnershipId,
  level,
  title: { pl },
  ...(parentId ? { parentId } : {}),
  ...extra,
});

/** The vision and the four strategic goals of the partnership's draft strategy; below them, samples. */
export const goals: Goal[] = [
  goal("wizja", "vision", "Długofalowe pogłębianie i poszerzanie współpracy dla jakości życia"),
  goal("gospodarka", "strategic", "Innowacyjna i zrównoważona gospodarka", "wizja", { order: 1, weight: 2 }),
  goal("spolecznosc", "strategic", "Aktywna społeczność dla rozwoju", "wizja", { order: 2 }),
  goal("srodowisko", "strategic", "Czyste środowisko i wysokiej jakości przestrzeń do życia", "wizja", {
    order: 3,
  }),
  goal("partnerstwo", "strategic", "Partnerska Ziemia wysokomazowiecka", "wizja", { order: 4 }),
  goal("przedsiebiorczosc", "operational", "Wsparcie przedsiębiorczości", "gospodarka", { sample: true }),
  goal("inkubator", "direction", "Inkubator przedsiębiorczości", "przedsiebiorczosc", { sample: true }),
  goal("mlodziez", "operational", "Młodzież zostaje na miejscu", "spolecznosc", { sample: true }),
];

const indicator = (id: string, goalId: string, pl: string, extra: Partial<Indicator>): Indicator => ({
  id,
  partnershipId,
  goalId,
  name: { pl },
  unit: "szt.",
  direction: "increase",
  baseline: { value: 10, year: 2020 },
  target: { value: 20, year: 2030 },
  measurements: [],
  source: "przykład",
  sample: true,
  ...extra,
});

export const indicators: Indicator[] = [
  indicator("firmy", "inkubator", "Podmioty REGON na 10 tys. ludności", {
    unit: "na 10 tys.",
    baseline: { value: 900, year: 2020 },
    target: { value: 1000, year: 2030 },
    measurements: [{ year: 2024, value: 950, source: "przykład" }],
  }),
  indicator("saldo", "mlodziez", "Saldo migracji na 1000 osób", {
    unit: "‰",
    baseline: { value: -5, year: 2020 },
    target: { value: -1, year: 2030 },
    measurements: [{ year: 2025, value: -4.8 }],
  }),
  indicator("bezrobocie", "mlodziez", "Udział bezrobotnych w wieku produkcyjnym", {
    unit: "%",
    direction: "decrease",
    baseline: { value: 6, year: 2020 },
    target: { value: 4, year: 2030 },
    measurements: [{ year: 2024, value: 5.4 }],
  }),
  indicator("zielen", "srodowisko", "Korzystający z kanalizacji", { unit: "%" }),
];

/** A memory store holding the partnership and the goals given. */
export async function treeStore(
  items: { goals: Goal[]; indicators: Indicator[] } = { goals, indicators },
): Promise<Store> {
  const store = createMemoryStore();
  await store.put("partnerships", partnership);
  for (const g of items.goals) await store.put("goals", g);
  for (const i of items.indicators) await store.put("indicators", i);
  return store;
}

/**
 * A tree of about `size` goals (1 vision, then 13 children a goal down to directions), for the
 * benchmark and for the test that only what is open is rendered.
 */
export function largeTree(size: number): { goals: Goal[]; indicators: Indicator[] } {
  const levels: Goal["level"][] = ["strategic", "operational", "direction"];
  const made: Goal[] = [goal("wizja", "vision", "Wizja")];
  const indicatorsMade: Indicator[] = [];
  let frontier = ["wizja"];
  for (const level of levels) {
    const next: string[] = [];
    for (const parentId of frontier) {
      for (let k = 0; k < 13 && made.length < size; k += 1) {
        const id = `${parentId}-${k}`;
        made.push(goal(id, level, `Cel ${id}`, parentId));
        next.push(id);
        if (level === "direction")
          indicatorsMade.push(
            indicator(`w-${id}`, id, `Wskaźnik ${id}`, {
              measurements: [{ year: 2025, value: 10 + (k % 10) }],
            }),
          );
      }
    }
    frontier = next;
  }
  return { goals: made, indicators: indicatorsMade };
}
