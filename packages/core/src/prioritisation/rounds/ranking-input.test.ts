import { describe, expect, it } from "vitest";
import { assessmentFixture, assessmentRoundFixture, projectFixture } from "./fixtures.js";
import { rankingInput } from "./ranking-input.js";

describe("rankingInput", () => {
  const round = assessmentRoundFixture({
    criteria: assessmentRoundFixture().criteria.slice(0, 2),
    projectIds: ["swietlica-klukowo", "sciezka-rowerowa"],
    sample: true,
  });
  const scores = (a: number, b: number) => ({
    "ponadgminny-zasieg": { score: a },
    "wiele-problemow": { score: b },
  });

  it("combines each assessor's latest revision, with the project's title and cost", () => {
    const input = rankingInput(
      round,
      [projectFixture()],
      [
        assessmentFixture({
          id: "a1",
          assessorId: "e1",
          scores: scores(0, 0),
          submittedAt: "2026-11-01T00:00:00Z",
        }),
        assessmentFixture({
          id: "a2",
          assessorId: "e1",
          scores: scores(2, 1),
          submittedAt: "2026-11-02T00:00:00Z",
        }),
        assessmentFixture({ id: "a3", assessorId: "e2", scores: scores(1, 1) }),
      ],
    );
    expect(input.sample).toBe(true);
    expect(input.criteria).toBe(round.criteria);
    expect(input.projects).toEqual([
      {
        projectId: "swietlica-klukowo",
        scores: { "ponadgminny-zasieg": 1.5, "wiele-problemow": 1 },
        title: projectFixture().title.pl,
        cost: projectFixture().estimatedCost.amount,
      },
    ]);
  });

  it("leaves out projects outside the round or not scored on every criterion, and titles unknown ones by id", () => {
    const input = rankingInput(
      round,
      [],
      [
        assessmentFixture({ id: "b1", projectId: "sciezka-rowerowa", scores: scores(2, 2) }),
        assessmentFixture({ id: "b2", projectId: "poza-runda", scores: scores(2, 2) }),
        assessmentFixture({
          id: "b3",
          projectId: "swietlica-klukowo",
          scores: { "wiele-problemow": { score: 1 } },
        }),
      ],
    );
    expect(input.projects).toEqual([
      {
        projectId: "sciezka-rowerowa",
        scores: { "ponadgminny-zasieg": 2, "wiele-problemow": 2 },
        title: "sciezka-rowerowa",
        cost: undefined,
      },
    ]);
  });
});
