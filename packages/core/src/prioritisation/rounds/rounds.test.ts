import { describe, expect, it } from "vitest";
import { parse } from "../../schema/parse.js";
import { ForbiddenError, ValidationError } from "../../store/errors.js";
import { parsePabulib } from "../budgeting/pabulib-parse.js";
import { writePabulib } from "../budgeting/pabulib-write.js";
import { Project } from "../projects/project.js";
import { admitBallot } from "./ballot.js";
import { ballotsToPabulib, countBallots } from "./ballot-count.js";
import { ballotCost, withinLimit } from "./ballot-limit.js";
import { currentAssessments } from "./current-assessments.js";
import {
  assessmentFixture,
  assessmentRoundFixture,
  ballotFixture,
  budgetRoundFixture,
  projectFixture,
} from "./fixtures.js";
import { Round } from "./round.js";
import { admitAssessment } from "./round-assessment.js";

const now = new Date("2026-11-21T12:00:00Z");

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

describe("Project", () => {
  it("takes a full project and names each bad field", () => {
    expect(parse(Project, projectFixture())).toEqual(projectFixture());
    const bad = projectFixture({
      estimatedCost: { amount: 12.5, currency: "zł" },
      partnerMemberIds: ["gmina-klukowo", "powiat", "powiat"],
      timeline: { start: "2028-01-01", end: "2027-01-01" },
    });
    bad.funding[0]!.coFinancingShare = 150;
    expect(issuesOf(() => parse(Project, bad)).map((issue) => issue.path)).toEqual([
      "estimatedCost.amount",
      "estimatedCost.currency",
      "funding.0.coFinancingShare",
    ]);
    const crossField = projectFixture({
      partnerMemberIds: ["gmina-klukowo", "powiat", "powiat"],
      timeline: { start: "2028-01-01", end: "2027-01-01" },
    });
    crossField.funding[0]!.amountRequested.currency = "EUR";
    expect(issuesOf(() => parse(Project, crossField))).toEqual([
      { path: "timeline.end", message: "must not be before the start" },
      { path: "partnerMemberIds.0", message: "gmina-klukowo is the lead member" },
      { path: "partnerMemberIds.2", message: "powiat is listed twice" },
      { path: "funding.0.amountRequested.currency", message: "must be the estimated cost's currency (PLN)" },
    ]);
  });
});

describe("Round", () => {
  it("is an assessment round or a budget vote, with distinct projects", () => {
    expect(parse(Round, assessmentRoundFixture()).type).toBe("assessment");
    expect(parse(Round, budgetRoundFixture()).type).toBe("budget");
    const twice = budgetRoundFixture();
    twice.candidates.push({ projectId: "lawki", cost: 1 });
    expect(issuesOf(() => parse(Round, twice))).toEqual([
      { path: "candidates.3", message: "lawki is listed twice" },
    ]);
    const pairwise = [
      [1, 3, 1, 1],
      [1 / 3, 1, 1, 1],
      [1, 1, 1, 1],
      [1, 1, 1, 1],
    ];
    expect(parse(Round, assessmentRoundFixture({ pairwise }))).toMatchObject({ pairwise });
    expect(issuesOf(() => parse(Round, assessmentRoundFixture({ pairwise: [[1]] })))).toEqual([
      { path: "pairwise", message: "must have 4 rows, one per criterion" },
    ]);
    pairwise[1]![0] = 3;
    expect(issuesOf(() => parse(Round, assessmentRoundFixture({ pairwise })))[0]?.path).toBe("pairwise.1.0");
    expect(issuesOf(() => parse(Round, budgetRoundFixture({ ballot: { limit: "count", max: 0 } })))).toEqual([
      { path: "ballot.max", message: "must be 1 or more" },
    ]);
  });
});

describe("admitAssessment", () => {
  const round = assessmentRoundFixture();

  it("takes scores on the round's criteria while it is open", () => {
    expect(() => admitAssessment(round, assessmentFixture(), now)).not.toThrow();
    expect(() => admitAssessment({ ...round, status: "closed" }, assessmentFixture(), now)).toThrow(
      ForbiddenError,
    );
    expect(() =>
      admitAssessment({ ...round, closesAt: "2026-11-21T11:59:59Z" }, assessmentFixture(), now),
    ).toThrow(/closed at 2026-11-21T11:59:59Z/);
    expect(() => admitAssessment(budgetRoundFixture(), assessmentFixture(), now)).toThrow(/budget vote/);
  });

  it("names the unknown project, criterion, a score off the scale and a date in the future", () => {
    const bad = assessmentFixture({
      projectId: "lotnisko",
      submittedAt: "2026-11-21T13:00:00Z",
      scores: { "wiele-problemow": { score: 3 }, piekno: { score: 1 } },
    });
    expect(issuesOf(() => admitAssessment(round, bad, now))).toEqual([
      { path: "projectId", message: "lotnisko is not assessed in round ocena-2026" },
      { path: "submittedAt", message: "must not be in the future" },
      { path: "scores.wiele-problemow.score", message: "must be between 0 and 2 (the criterion's scale)" },
      { path: "scores.piekno", message: "is not a criterion of the round" },
    ]);
  });
});

describe("currentAssessments", () => {
  it("keeps the latest revision per assessor and project, whatever the order", () => {
    const first = assessmentFixture({ id: "00000000-0000-4000-8000-000000000001" });
    const revised = assessmentFixture({
      id: "00000000-0000-4000-8000-000000000002",
      submittedAt: "2026-11-20T11:00:00+01:00",
      scores: { "wiele-problemow": { score: 2 } },
    });
    const later = assessmentFixture({
      id: "00000000-0000-4000-8000-000000000003",
      submittedAt: "2026-11-20T10:30:00Z",
    });
    const other = assessmentFixture({ id: "00000000-0000-4000-8000-000000000004", assessorId: "ekspert-2" });
    // 11:00+01:00 is 10:00Z, the same instant as `first`: the id decides, so the result never depends on order.
    expect(currentAssessments([first, revised, other]).map((a) => a.id)).toEqual([revised.id, other.id]);
    expect(currentAssessments([revised, first, other]).map((a) => a.id)).toEqual([revised.id, other.id]);
    expect(currentAssessments([later, first, revised]).map((a) => a.id)).toEqual([later.id]);
  });
});

describe("admitBallot", () => {
  it("takes candidates within the budget while the vote is open", () => {
    const round = budgetRoundFixture();
    expect(() => admitBallot(round, ballotFixture(["plac-zabaw", "lawki"]), now)).not.toThrow();
    expect(
      issuesOf(() => admitBallot(round, ballotFixture(["plac-zabaw", "boisko", "lotnisko"]), now)),
    ).toEqual([
      { path: "projectIds.2", message: "lotnisko is not on the ballot" },
      { path: "projectIds", message: "cost 110 000 PLN in total, more than the budget of 100 000 PLN" },
    ]);
    expect(issuesOf(() => admitBallot(round, ballotFixture(["lawki", "lawki"]), now))).toEqual([
      { path: "projectIds.1", message: "lawki is chosen twice" },
    ]);
    expect(() => admitBallot({ ...round, status: "draft" }, ballotFixture(["lawki"]), now)).toThrow(
      /is draft and takes no ballots/,
    );
    expect(() => admitBallot(assessmentRoundFixture(), ballotFixture(["lawki"]), now)).toThrow(/not a vote/);
  });

  it("takes up to N projects whatever they cost when the limit is a count", () => {
    const round = budgetRoundFixture({ ballot: { limit: "count", max: 2 } });
    expect(() => admitBallot(round, ballotFixture(["plac-zabaw", "boisko"]), now)).not.toThrow();
    expect(issuesOf(() => admitBallot(round, ballotFixture(["plac-zabaw", "boisko", "lawki"]), now))).toEqual(
      [{ path: "projectIds", message: "must choose at most 2 projects" }],
    );
  });
});

describe("ballotCost and withinLimit", () => {
  it("sum each chosen candidate once and compare with the limit", () => {
    const round = budgetRoundFixture();
    expect(ballotCost(round, ["plac-zabaw", "lawki", "lotnisko"])).toBe(70_000_00);
    expect(withinLimit(round, ["plac-zabaw", "lawki"])).toBe(true);
    expect(withinLimit(round, ["plac-zabaw", "boisko"])).toBe(false);
    expect(withinLimit({ ...round, ballot: { limit: "count", max: 1 } }, ["lawki", "boisko"])).toBe(false);
  });
});

describe("ballots as a Pabulib instance, and their count", () => {
  const round = budgetRoundFixture();
  const ballots = [
    ...Array.from({ length: 6 }, () => ballotFixture(["plac-zabaw", "lawki"])),
    ...Array.from({ length: 4 }, () => ballotFixture(["boisko", "lawki"])),
  ];

  it("writes a .pb file that reads back the same, money in złoty", () => {
    const instance = ballotsToPabulib(round, ballots, { titles: { lawki: "Ławki; nad Śliną" } });
    expect(instance.meta).toMatchObject({
      budget: "100000",
      max_sum_cost: "100000",
      num_votes: "10",
      vote_type: "approval",
      rule: "equalshares/add1",
      currency: "PLN",
    });
    expect(instance.projects.map((p) => [p.id, p.cost, p.fields.votes])).toEqual([
      ["plac-zabaw", 60000, "6"],
      ["lawki", 10000, "10"],
      ["boisko", 50000, "4"],
    ]);
    const text = writePabulib(instance);
    expect(text).toContain('"Ławki; nad Śliną"');
    expect(parsePabulib(text)).toEqual(instance);
  });

  it("runs the round's rule with its explanations", () => {
    // Equal Shares: 10 voters hold 10 000 PLN each. Ławki costs its 10 supporters 1 000 each; then the
    // playground's 6 supporters hold 54 000 of its 60 000, and Add1 raises the voters' budgets until they can.
    const mes = countBallots(round, ballots);
    expect(mes.rule).toBe("equalShares");
    expect(mes.selected).toEqual(["lawki", "plac-zabaw"]);
    expect(mes.winners.find((w) => w.id === "lawki")?.pricePerSupporter).toBe(1000);
    expect(mes.rejected.map((r) => [r.id, r.reason])).toEqual([["boisko", expect.any(String)]]);
    const greedy = countBallots({ ...round, rule: { rule: "greedy" } }, ballots);
    expect(greedy.selected).toEqual(["lawki", "plac-zabaw"]);
    expect(greedy.rejected[0]).toMatchObject({ id: "boisko", reason: "does-not-fit" });
  });

  it("refuses a ballot of another round", () => {
    expect(() => ballotsToPabulib(round, [ballotFixture(["lawki"], { roundId: "inna" })])).toThrow(
      /ballots.0.roundId: is inna, not glosowanie-2026/,
    );
  });
});
