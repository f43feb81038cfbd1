import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countBallots } from "../rounds/ballot-count.js";
import { ballotFixture, budgetRoundFixture } from "../rounds/fixtures.js";
import { compareWithGreedy, popularityComparison } from "./comparison.js";
import { type BudgetElection, electionFromPabulib } from "./election.js";
import { equalShares } from "./equal-shares.js";
import { greedy } from "./greedy.js";
import { parsePabulib } from "./pabulib-parse.js";

// Ten voters, 1 each under Equal Shares. The majority (voters 1–6) pays for "M" and is then broke, so
// Equal Shares buys the minority's "m" with what voters 7–10 hold; greedy buys the majority's two
// projects. Six voters approve more of greedy's winners, four more of Equal Shares': greedy is kept.
const majorityWins: BudgetElection = {
  budget: 10,
  projects: [
    { id: "M", cost: 6 },
    { id: "M2", cost: 4 },
    { id: "m", cost: 4 },
  ],
  ballots: [...Array.from({ length: 6 }, () => ["M", "M2"]), ...Array.from({ length: 4 }, () => ["m"])],
};

describe("popularityComparison", () => {
  it("counts the voters who approve strictly more winners of each outcome", () => {
    expect(popularityComparison(majorityWins, ["M", "m"], ["M", "M2"])).toEqual({
      preferFirst: 4,
      preferSecond: 6,
    });
    expect(popularityComparison(majorityWins, ["M"], ["M"])).toEqual({ preferFirst: 0, preferSecond: 0 });
  });
});

describe("compareWithGreedy", () => {
  it("keeps greedy's outcome when more voters prefer it, and says so", () => {
    expect(equalShares(majorityWins).selected).toEqual(["M", "m"]);
    const outcome = equalShares(majorityWins, { comparison: "popularity" });
    expect(outcome.selected).toEqual(greedy(majorityWins).selected);
    expect(outcome.rule).toBe("equalShares");
    expect(outcome.winners.every((w) => w.step === "greedy")).toBe(true);
    expect(outcome.comparison).toEqual({ kept: "greedy", preferEqualShares: 4, preferGreedy: 6 });
  });

  it("keeps Equal Shares' outcome on a tie", () => {
    const tied = { ...majorityWins, ballots: [...majorityWins.ballots, ["m"], ["m"]] };
    const outcome = compareWithGreedy(tied, equalShares(tied));
    expect(outcome.comparison?.kept).toBe("equal-shares");
    expect(outcome.comparison?.preferEqualShares).toBe(outcome.comparison?.preferGreedy);
  });

  it("keeps Equal Shares' outcome in Wieliczka 2023, as the official result did", () => {
    const url = new URL("../../../test/data/pabulib/Poland_Wieliczka_2023_Green_Budget.pb", import.meta.url);
    const instance = parsePabulib(readFileSync(url, "utf8"));
    const election = electionFromPabulib(instance);
    const official = instance.projects.filter((p) => p.fields.selected === "1").map((p) => p.id);
    const outcome = equalShares(election, { completion: "add1-until-overspend", comparison: "popularity" });
    expect(outcome.comparison).toEqual({ kept: "equal-shares", preferEqualShares: 1615, preferGreedy: 873 });
    expect([...outcome.selected].sort()).toEqual([...official].sort());
  });
});

describe("a budget round with the comparison step", () => {
  it("counts its ballots with it", () => {
    const documentId: Record<string, string> = { M: "majority", M2: "majority-2", m: "minority" };
    const round = budgetRoundFixture({
      budget: 10_00,
      rule: { rule: "equal-shares", comparison: "popularity" },
      candidates: majorityWins.projects.map((p) => ({ projectId: documentId[p.id]!, cost: p.cost * 100 })),
    });
    const ballots = majorityWins.ballots.map((b) => ballotFixture(b.map((id) => documentId[id]!)));
    const outcome = countBallots(round, ballots);
    expect(outcome.comparison).toEqual({ kept: "greedy", preferEqualShares: 4, preferGreedy: 6 });
  });
});
