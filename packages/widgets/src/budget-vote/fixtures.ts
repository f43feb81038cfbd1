import { createMemoryStore } from "@cwd/adapters/memory";
import type { Ballot, BudgetRound, Project, Store } from "@cwd/core";
import { partnership } from "../survey/fixtures.js";

export { partnership };

/** A sample budget vote of 200 000 zł over four small projects (sample data, marked as such). */
export const vote: BudgetRound = {
  id: "glosowanie-2026",
  partnershipId: partnership.id,
  type: "budget",
  title: { pl: "Budżet obywatelski partnerstwa 2026", en: "Partnership participatory budget 2026" },
  status: "open",
  sample: true,
  budget: 200_000_00,
  currency: "PLN",
  ballot: { limit: "budget" },
  rule: { rule: "equal-shares", completion: "add1" },
  candidates: [
    { projectId: "plac-zabaw-klukowo", cost: 120_000_00 },
    { projectId: "lawki-szepietowo", cost: 30_000_00 },
    { projectId: "rowery-ciechanowiec", cost: 90_000_00 },
  ],
};

function project(id: string, pl: string, leadMemberId: string): Project {
  return {
    id,
    partnershipId: partnership.id,
    title: { pl },
    leadMemberId,
    partnerMemberIds: [],
    estimatedCost: { amount: vote.candidates.find((c) => c.projectId === id)!.cost, currency: "PLN" },
    goalIds: [],
    readiness: "concept",
    timeline: { start: "2027-01-01", end: "2027-12-31" },
    status: "candidate",
    opinions: [],
    funding: [],
    sample: true,
  };
}

export const projects: Project[] = [
  project("plac-zabaw-klukowo", "Plac zabaw w Klukowie", "gmina-klukowo"),
  project("lawki-szepietowo", "Ławki i zieleń w Szepietowie", "gmina-szepietowo"),
  project("rowery-ciechanowiec", "Stojaki rowerowe w Ciechanowcu", "gmina-ciechanowiec"),
];

let ballotCount = 0;
export function ballot(projectIds: string[]): Ballot {
  ballotCount++;
  return {
    id: `00000000-0000-4000-8000-${String(ballotCount).padStart(12, "0")}`,
    partnershipId: partnership.id,
    roundId: vote.id,
    submittedAt: "2026-11-20T10:00:00Z",
    projectIds,
  };
}

/** A memory store with the partnership, the projects and the vote (`overrides` changes the vote). */
export async function seededStore(
  overrides: Partial<BudgetRound> = {},
  ballots: string[][] = [],
): Promise<Store> {
  const store = createMemoryStore();
  await store.put("partnerships", partnership);
  for (const p of projects) await store.put("projects", p);
  await store.put("rounds", { ...vote, ...overrides, status: "open" });
  for (const projectIds of ballots) await store.submit("ballots", ballot(projectIds));
  if (overrides.status && overrides.status !== "open") {
    const stored = await store.get("rounds", { partnershipId: partnership.id, id: vote.id });
    await store.put("rounds", { ...stored, status: overrides.status });
  }
  return store;
}

/** Ten residents' ballots: the playground and benches are popular, the bicycle racks less so. */
export const sampleBallots: string[][] = [
  ...Array.from({ length: 5 }, () => ["plac-zabaw-klukowo", "lawki-szepietowo"]),
  ...Array.from({ length: 3 }, () => ["rowery-ciechanowiec", "lawki-szepietowo"]),
  ...Array.from({ length: 2 }, () => ["plac-zabaw-klukowo"]),
];
