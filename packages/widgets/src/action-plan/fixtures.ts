import { createMemoryStore } from "@cwd/adapters/memory";
import type { Goal, PlanAction, Store } from "@cwd/core";
import { partnership } from "../survey/fixtures.js";

export { partnership };

const action = (
  id: string,
  title: string,
  goalId: string,
  lead: string,
  start: string,
  end: string,
  status: PlanAction["status"],
  more: Partial<PlanAction> = {},
): PlanAction => ({
  id,
  partnershipId: partnership.id,
  title: { pl: title, en: title },
  goalId,
  lead,
  start,
  end,
  status,
  ...more,
});

/** A small plan: on 20 April 2026 `strona` and `promocja` are late; diagnoza → warsztaty → strategia is critical. */
export const actions: PlanAction[] = [
  action("diagnoza", "Diagnoza usług", "cel-1", "gmina-klukowo", "2026-03-02", "2026-03-31", "done"),
  action(
    "warsztaty",
    "Warsztaty strategiczne",
    "cel-1",
    "gmina-klukowo",
    "2026-04-01",
    "2026-04-30",
    "in_progress",
    {
      dependsOn: ["diagnoza"],
      partners: ["gmina-ciechanowiec"],
      milestones: [{ title: { pl: "Pierwszy warsztat" }, date: "2026-04-10" }],
    },
  ),
  action("strona", "Wspólna strona", "cel-2", "gmina-szepietowo", "2026-03-16", "2026-04-14", "planned"),
  action(
    "strategia",
    "Projekt strategii",
    "cel-1",
    "miasto-wysokie-mazowieckie",
    "2026-05-01",
    "2026-06-30",
    "planned",
    {
      dependsOn: ["warsztaty", "strona"],
    },
  ),
  action("promocja", "Promocja", "cel-2", "gmina-szepietowo", "2026-04-15", "2026-05-14", "planned", {
    dependsOn: ["strona"],
  }),
];

const goal = (id: string, level: Goal["level"], title: string, parentId?: string): Goal => ({
  id,
  partnershipId: partnership.id,
  level,
  title: { pl: title, en: title },
  ...(parentId ? { parentId } : {}),
});

/** The goals the plan's actions serve (`cel-2` is left out of some stores, to show its id instead). */
export const goals: Goal[] = [
  goal("wizja", "vision", "Wspólna Ziemia"),
  goal("cel-1", "strategic", "Dostępne usługi publiczne", "wizja"),
  goal("cel-2", "strategic", "Partnerska promocja", "wizja"),
];

export async function seededStore(items: PlanAction[] = actions, withGoals: Goal[] = goals): Promise<Store> {
  const store = createMemoryStore();
  await store.put("partnerships", partnership);
  for (const item of withGoals) await store.put("goals", item);
  for (const item of items) await store.put("actions", item);
  return store;
}
