import { memoryDriver } from "@cwd/adapters/memory";
import { createStore, type PlanEvent, type Store } from "@cwd/core";
import { partnership } from "../survey/fixtures.js";

export { partnership };

const clause = {
  pl: "Administratorem danych jest Starosta Wysokomazowiecki. Dane przetwarzamy wyłącznie w celu organizacji spotkania i usuwamy je po jego zakończeniu.",
  en: "The controller is the Starosta of Wysokie Mazowieckie. Data are used only to organise the meeting and deleted afterwards.",
};

/** Judged at 2026-03-20T12:00 (Warsaw): two upcoming events, one past. */
export const now = "2026-03-20T12:00";

export const events: PlanEvent[] = [
  {
    id: "warsztat-strategiczny",
    partnershipId: partnership.id,
    kind: "workshop",
    title: { pl: "Warsztat strategiczny", en: "Strategy workshop" },
    start: "2026-03-30T10:00",
    end: "2026-03-30T14:00",
    place: { pl: "MOK Wysokie Mazowieckie, ul. Ludowa 15" },
    audience: { pl: "Mieszkańcy i liderzy lokalni", en: "Residents and local leaders" },
    agenda: [{ pl: "Wnioski z diagnozy" }, { pl: "Cele strategiczne" }],
    members: ["miasto-wysokie-mazowieckie"],
    signups: { capacity: 1, informationClause: clause },
  },
  {
    id: "debata-online",
    partnershipId: partnership.id,
    kind: "debate",
    title: { pl: "Debata o transporcie", en: "Debate on transport" },
    start: "2026-04-15T18:00",
    end: "2026-04-15T19:30",
    onlineUrl: "https://spotkania.example.gov.pl/debata",
    members: ["gmina-klukowo"],
  },
  {
    id: "spotkanie-konsultacyjne",
    partnershipId: partnership.id,
    kind: "consultation_meeting",
    title: { pl: "Spotkanie konsultacyjne", en: "Consultation meeting" },
    start: "2026-02-10T17:00",
    end: "2026-02-10T19:00",
    place: { pl: "Urząd Gminy Klukowo" },
    members: ["gmina-klukowo"],
    notes: { pl: "Przyszło 40 osób." },
    results: [{ summary: { pl: "Dodano cel: dowozy do szkół." }, links: [{ kind: "goal", id: "cel-2" }] }],
  },
];

export async function seededStore(items: PlanEvent[] = events): Promise<Store> {
  // The store's clock agrees with `now`, so sign-ups to the upcoming events are open.
  const store = createStore(memoryDriver(), { now: () => new Date("2026-03-20T11:00:00Z") });
  await store.put("partnerships", partnership);
  for (const item of items) await store.put("events", item);
  return store;
}
