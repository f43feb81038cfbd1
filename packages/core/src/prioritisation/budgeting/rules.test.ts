import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exact, NearTie } from "./arithmetic.js";
import {
  type BudgetElection,
  electionFromPabulib,
  type PreparedElection,
  prepareElection,
} from "./election.js";
import { equalShares } from "./equal-shares.js";
import { greedy } from "./greedy.js";
import { floatElection, mesRunOnFloats } from "./mes-floats.js";
import { exactReferee } from "./mes-referee.js";
import { mesRun } from "./mes-run.js";
import { parsePabulib } from "./pabulib-parse.js";
import { sequentialPhragmen } from "./phragmen.js";
import { tieBreakingRanks } from "./tie-breaking.js";

const dir = new URL("../../../test/data/pabulib/", import.meta.url);
const load = (name: string) => parsePabulib(readFileSync(new URL(name, dir), "utf8"));
const sorted = (ids: string[]) => [...ids].sort();

describe("the official results", () => {
  const official = (name: string) =>
    sorted(
      load(name)
        .projects.filter((p) => p.fields.selected === "1")
        .map((p) => p.id),
    );

  it.each([
    "Poland_Czestochowa_2024_Grabowka.pb",
    "Poland_Krakow_2022_Stare_Miasto.pb",
    "Poland_Warszawa_2017_Srodmiescie.pb",
    "Poland_Warszawa_2019_Stare_Miasto.pb",
    "Poland_Warszawa_2021_Mokotow.pb",
    "Poland_Wroclaw_2017.pb",
  ])("greedy reproduces %s", (name) => {
    expect(sorted(greedy(electionFromPabulib(load(name))).selected)).toEqual(official(name));
  });

  it("Equal Shares with Add1 reproduces Świecie 2023 (equalshares/add1)", () => {
    const election = electionFromPabulib(load("Poland_Swiecie_2023.pb"));
    expect(sorted(equalShares(election, { completion: "add1" }).selected)).toEqual(
      official("Poland_Swiecie_2023.pb"),
    );
  });

  it("Add1 until the next step overspends reproduces Wieliczka 2023; stopping when exhaustive does not", () => {
    const election = electionFromPabulib(load("Poland_Wieliczka_2023_Green_Budget.pb"));
    const outcome = equalShares(election, { completion: "add1-until-overspend" });
    expect(sorted(outcome.selected)).toEqual(official("Poland_Wieliczka_2023_Green_Budget.pb"));
    expect(outcome.totalCost).toBe(995_079);
    expect(sorted(equalShares(election, { completion: "add1" }).selected)).not.toEqual(
      official("Poland_Wieliczka_2023_Green_Budget.pb"),
    );
  });
});

describe("pabutools' outcomes", () => {
  const fixture = JSON.parse(readFileSync(new URL("pabutools-outcomes.json", dir), "utf8")) as {
    outcomes: Record<string, Record<string, string[]>>;
  };
  const cases = Object.entries(fixture.outcomes).flatMap(([file, rules]) =>
    Object.entries(rules).map(([rule, selected]) => ({ file, rule, selected })),
  );
  it.each(cases)("$file $rule", ({ file, rule, selected }) => {
    const election = electionFromPabulib(load(`${file}.pb`));
    const [name, satisfaction, completion] = rule.split("/");
    const outcome =
      name === "greedy"
        ? greedy(election)
        : name === "phragmen"
          ? sequentialPhragmen(election)
          : equalShares(election, { satisfaction, completion } as Parameters<typeof equalShares>[1]);
    expect(sorted(outcome.selected)).toEqual(sorted(selected));
  });
});

describe("rules on small elections", () => {
  const election = (budget: number, costs: Record<string, number>, ballots: string[][]): BudgetElection => ({
    budget,
    projects: Object.entries(costs).map(([id, cost]) => ({ id, cost })),
    ballots,
  });

  it("greedy skips a project that no longer fits and goes on", () => {
    const outcome = greedy(election(10, { a: 6, b: 6, c: 4 }, [["a", "b", "c"], ["a", "b"], ["a"]]));
    expect(outcome.selected).toEqual(["a", "c"]);
    expect(outcome.rejected).toEqual([
      expect.objectContaining({
        id: "b",
        reason: "does-not-fit",
        message: expect.stringContaining("4 PLN left"),
      }),
    ]);
  });

  it("breaks ties by id as a string, or by lowest cost then most votes", () => {
    const tied = election(5, { "10": 5, "9": 4 }, [["10"], ["9"]]);
    expect(greedy(tied).selected).toEqual(["10"]);
    expect(greedy(tied, { tieBreaking: "cost-votes" }).selected).toEqual(["9"]);
  });

  it("Equal Shares never buys a free project under cost satisfaction, but does under approval", () => {
    const free = election(10, { p0: 0, p1: 20 }, [["p0"], ["p0", "p1"]]);
    expect(equalShares(free).selected).toEqual([]);
    expect(equalShares(free, { satisfaction: "approval" }).selected).toEqual(["p0"]);
  });

  it("Equal Shares lets poorer supporters pay all they have and explains who paid", () => {
    // 4 voters with 3 each: b is bought by voters 1-3 for 2 each; then a costs 4 and its supporters hold 1 + 3.
    const outcome = equalShares(election(12, { a: 4, b: 6, c: 9 }, [["a", "b"], ["b"], ["b"], ["a"]]));
    expect(outcome.selected).toEqual(["b", "a"]);
    expect(outcome.winners[1]).toMatchObject({
      id: "a",
      pricePerSupporter: 3,
      supportersPayingInFull: 1,
      supportersPayingAllTheyHad: 1,
    });
    expect(outcome.rejected).toEqual([expect.objectContaining({ id: "c", reason: "no-supporters" })]);
  });

  it("Phragmén stops at the first smallest-load project that does not fit", () => {
    // Loads: c 1, b 2, a 3 (cost 9 > 7 left: stop), d 4 would still fit but never gets its turn.
    const outcome = sequentialPhragmen(
      election(10, { a: 9, b: 2, c: 1, d: 4 }, [["a"], ["a"], ["a"], ["b"], ["c"], ["d"]]),
    );
    expect(outcome.selected).toEqual(["c", "b"]);
    expect(outcome.rejected.map((r) => [r.id, r.reason])).toEqual([
      ["a", "phragmen-stopped"],
      ["d", "phragmen-stopped"],
    ]);
  });

  const exactRunOf = (prepared: PreparedElection, satisfaction: "cost" | "approval") =>
    mesRun(
      prepared,
      exact,
      exact.div(exact.of(prepared.budget), exact.of(BigInt(prepared.voters))),
      satisfaction,
      tieBreakingRanks(prepared, "id"),
    );
  const smallElections = fc
    .record({
      costs: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 6 }),
      ballots: fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }), {
        minLength: 1,
        maxLength: 12,
      }),
      budget: fc.integer({ min: 1, max: 80 }),
    })
    .map(({ costs, ballots, budget }) =>
      prepareElection(
        election(
          budget,
          Object.fromEntries(costs.map((c, i) => [`p${i}`, c])),
          ballots.map((b) => b.map((i) => `p${i}`)),
        ),
      ),
    );

  it("Equal Shares on floats selects what exact arithmetic selects, or reports a near tie", () => {
    fc.assert(
      fc.property(
        smallElections,
        fc.constantFrom("cost" as const, "approval" as const),
        (prepared, satisfaction) => {
          const ranks = tieBreakingRanks(prepared, "id");
          const exactRun = mesRun(
            prepared,
            exact,
            exact.div(exact.of(prepared.budget), exact.of(BigInt(prepared.voters))),
            satisfaction,
            ranks,
          );
          try {
            const floatRun = mesRunOnFloats(
              floatElection(prepared),
              Number(prepared.budget) / prepared.voters,
              satisfaction,
            );
            expect(floatRun.selected).toEqual(exactRun.selected);
          } catch (error) {
            expect(error).toBeInstanceOf(NearTie);
          }
        },
      ),
    );
  });

  // Small whole numbers, so that exact ties (equal prices, supporters holding exactly the cost) are common.
  const tiedElections = fc
    .record({
      costs: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 5 }),
      ballots: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }), {
        minLength: 1,
        maxLength: 8,
      }),
      perVoter: fc.integer({ min: 1, max: 4 }),
    })
    .map(({ costs, ballots, perVoter }) =>
      prepareElection(
        election(
          perVoter * ballots.length,
          Object.fromEntries(costs.map((c, i) => [`p${i}`, c])),
          ballots.map((b) => b.map((i) => `p${i}`)),
        ),
      ),
    );

  it("Equal Shares on floats with an exact referee selects what exact arithmetic selects", () => {
    fc.assert(
      fc.property(
        fc.oneof(smallElections, tiedElections),
        fc.constantFrom("cost" as const, "approval" as const),
        (prepared, satisfaction) => {
          const referee = exactReferee(
            prepared,
            exact.div(exact.of(prepared.budget), exact.of(BigInt(prepared.voters))),
            satisfaction,
            tieBreakingRanks(prepared, "id"),
          );
          const floatRun = mesRunOnFloats(
            floatElection(prepared),
            Number(prepared.budget) / prepared.voters,
            satisfaction,
            referee,
          );
          expect(floatRun.selected).toEqual(exactRunOf(prepared, satisfaction).selected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
