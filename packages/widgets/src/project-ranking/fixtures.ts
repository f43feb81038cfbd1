import { createMemoryStore } from "@cwd/adapters/memory";
import { type AssessmentRound, cwdCriteria, type Project, type RoundAssessment, type Store } from "@cwd/core";
import { partnership } from "../survey/fixtures.js";
import type { RankingData } from "./ranking-data.js";

export { partnership };

/** Sample candidate projects with sample CWD scores (0 no, 1 partly, 2 fully), costs in grosze. */
export const rankingData: RankingData = {
  criteria: [...cwdCriteria],
  sample: true,
  projects: [
    {
      projectId: "sciezka-rowerowa",
      title: "Ścieżka rowerowa Wysokie Mazowieckie – Szepietowo",
      cost: 800_000_000,
      scores: {
        "ponadgminny-zasieg": 2,
        "wiele-problemow": 1.5,
        "wiele-grup-spolecznych": 1.5,
        "wiele-potencjalow": 1,
      },
    },
    {
      projectId: "centrum-uslug-spolecznych",
      title: "Centrum usług społecznych",
      cost: 450_000_000,
      scores: {
        "ponadgminny-zasieg": 2,
        "wiele-problemow": 2,
        "wiele-grup-spolecznych": 2,
        "wiele-potencjalow": 0.5,
      },
    },
    {
      projectId: "swietlica-klukowo",
      title: "Świetlica wiejska w Klukowie",
      cost: 120_000_000,
      scores: {
        "ponadgminny-zasieg": 0,
        "wiele-problemow": 1,
        "wiele-grup-spolecznych": 2,
        "wiele-potencjalow": 1,
      },
    },
    {
      projectId: "szlak-nadbuzanski",
      title: "Szlak turystyczny nad Bugiem",
      cost: 300_000_000,
      scores: {
        "ponadgminny-zasieg": 2,
        "wiele-problemow": 0.5,
        "wiele-grup-spolecznych": 1,
        "wiele-potencjalow": 2,
      },
    },
  ],
  // Reaching beyond one gmina matters most to this partnership (Saaty's 1–9 scale).
  pairwise: [
    [1, 3, 3, 2],
    [1 / 3, 1, 1, 1],
    [1 / 3, 1, 1, 1],
    [1 / 2, 1, 1, 1],
  ],
};

export const round: AssessmentRound = {
  id: "ocena-2026",
  partnershipId: partnership.id,
  type: "assessment",
  title: { pl: "Ocena projektów kluczowych" },
  status: "open",
  criteria: [...cwdCriteria],
  aggregation: "mean",
  projectIds: rankingData.projects.map((p) => p.projectId),
  sample: true,
};

/** A store with the round, its projects and two assessors' scores that average to `rankingData`. */
export async function seededStore(): Promise<Store> {
  const store = createMemoryStore();
  await store.put("partnerships", partnership);
  await store.put("rounds", round);
  let n = 0;
  for (const p of rankingData.projects) {
    const project: Project = {
      id: p.projectId,
      partnershipId: partnership.id,
      title: { pl: p.title },
      leadMemberId: "gmina-klukowo",
      partnerMemberIds: [],
      estimatedCost: { amount: p.cost ?? 0, currency: "PLN" },
      goalIds: [],
      readiness: "concept",
      timeline: { start: "2027-01-01", end: "2029-12-31" },
      status: "candidate",
      opinions: [],
      funding: [],
      sample: true,
    };
    await store.put("projects", project);
    for (const [assessorId, shift] of [
      ["ekspert-1", -0.5],
      ["ekspert-2", 0.5],
    ] as const) {
      n++;
      const assessment: RoundAssessment = {
        id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
        partnershipId: partnership.id,
        roundId: round.id,
        projectId: p.projectId,
        assessorId,
        submittedAt: "2026-11-20T10:00:00Z",
        scores: Object.fromEntries(
          Object.entries(p.scores).map(([id, s]) => {
            // Two scores that average to s and stay on the 0–2 scale.
            const spread = Math.min(Math.abs(shift), s, 2 - s);
            return [id, { score: s + Math.sign(shift) * spread }];
          }),
        ),
      };
      await store.submit("assessments", assessment);
    }
  }
  return store;
}
