import { cwdCriteria } from "../mcda/presets.js";
import type { Project } from "../projects/project.js";
import type { Ballot } from "./ballot.js";
import type { AssessmentRound, BudgetRound } from "./round.js";
import type { RoundAssessment } from "./round-assessment.js";

// Test data for the prioritisation kinds. Each call returns a new object, so tests may change it.

export function projectFixture(overrides: Partial<Project> = {}): Project {
  return {
    id: "swietlica-klukowo",
    partnershipId: "ziemia-wysokomazowiecka",
    title: { pl: "Świetlica wiejska w Klukowie", en: "Village hall in Klukowo" },
    leadMemberId: "gmina-klukowo",
    partnerMemberIds: ["miasto-wysokie-mazowieckie"],
    estimatedCost: { amount: 120_000_000, currency: "PLN" },
    goalIds: ["cel-1-uslugi-spoleczne"],
    readiness: "design",
    timeline: { start: "2027-03-01", end: "2028-06-30" },
    status: "candidate",
    opinions: [
      {
        analysis: { pl: "Projekt odpowiada na potrzeby seniorów i młodzieży." },
        recommendation: "recommend",
        author: "Doradca CWD",
        date: "2026-10-15",
      },
    ],
    funding: [
      {
        programme: "FEdP 2021-2027",
        call: "FEPD.08.01-IZ.00-001/26",
        deadline: "2027-01-31",
        amountRequested: { amount: 102_000_000, currency: "PLN" },
        coFinancingShare: 15,
        status: "planned",
      },
    ],
    ...overrides,
  };
}

export function assessmentRoundFixture(overrides: Partial<AssessmentRound> = {}): AssessmentRound {
  return {
    id: "ocena-2026",
    partnershipId: "ziemia-wysokomazowiecka",
    type: "assessment",
    title: { pl: "Ocena projektów kluczowych 2026" },
    status: "open",
    criteria: [...cwdCriteria],
    aggregation: "mean",
    projectIds: ["swietlica-klukowo", "sciezka-rowerowa"],
    ...overrides,
  };
}

export function budgetRoundFixture(overrides: Partial<BudgetRound> = {}): BudgetRound {
  return {
    id: "glosowanie-2026",
    partnershipId: "ziemia-wysokomazowiecka",
    type: "budget",
    title: { pl: "Głosowanie mieszkańców 2026" },
    status: "open",
    budget: 100_000_00,
    currency: "PLN",
    ballot: { limit: "budget" },
    rule: { rule: "equal-shares", completion: "add1" },
    candidates: [
      { projectId: "plac-zabaw", cost: 60_000_00 },
      { projectId: "lawki", cost: 10_000_00 },
      { projectId: "boisko", cost: 50_000_00 },
    ],
    ...overrides,
  };
}

export function assessmentFixture(overrides: Partial<RoundAssessment> = {}): RoundAssessment {
  return {
    id: "4f1c2a9e-0b6d-4c3e-9a7f-1d2e3f4a5b6c",
    partnershipId: "ziemia-wysokomazowiecka",
    roundId: "ocena-2026",
    projectId: "swietlica-klukowo",
    assessorId: "ekspert-1",
    submittedAt: "2026-11-20T10:00:00Z",
    scores: { "ponadgminny-zasieg": { score: 2, comment: "Dwie gminy" }, "wiele-problemow": { score: 1 } },
    ...overrides,
  };
}

let ballotCount = 0;
/** A ballot with a fresh id each call. */
export function ballotFixture(projectIds: string[], overrides: Partial<Ballot> = {}): Ballot {
  ballotCount++;
  return {
    id: `00000000-0000-4000-8000-${String(ballotCount).padStart(12, "0")}`,
    partnershipId: "ziemia-wysokomazowiecka",
    roundId: "glosowanie-2026",
    submittedAt: "2026-11-20T10:00:00Z",
    projectIds,
    ...overrides,
  };
}
