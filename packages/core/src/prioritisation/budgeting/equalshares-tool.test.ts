import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { electionFromPabulib } from "./election.js";
import { type Add1Start, type EqualSharesCompletion, equalShares } from "./equal-shares.js";
import { parsePabulib } from "./pabulib-parse.js";

// Outcomes of a second, independent implementation: the equalshares.net compute tool (provenance in the
// fixture). Its Add1 checks exhaustiveness against every project and breaks ties by lowest cost, then
// most votes; each key is "<our completion>/<our add1Start>".
const dir = new URL("../../../test/data/pabulib/", import.meta.url);
const fixture = JSON.parse(readFileSync(new URL("equalshares-tool-outcomes.json", dir), "utf8")) as {
  outcomes: Record<string, Record<string, string[]>>;
};
const sorted = (ids: readonly string[]) => [...ids].sort();

describe("the equalshares.net tool's outcomes", () => {
  const elections = new Map<string, ReturnType<typeof electionFromPabulib>>();
  const election = (file: string) => {
    if (!elections.has(file))
      elections.set(
        file,
        electionFromPabulib(parsePabulib(readFileSync(new URL(`${file}.pb`, dir), "utf8"))),
      );
    return elections.get(file)!;
  };
  const cases = Object.entries(fixture.outcomes).flatMap(([file, variants]) =>
    Object.entries(variants).map(([variant, selected]) => ({ file, variant, selected })),
  );

  it("covers every file in the folder", () => {
    expect(Object.keys(fixture.outcomes).length).toBe(9);
  });

  it.each(cases)("$file $variant", ({ file, variant, selected }) => {
    const [completion, add1Start] = variant.split("/") as [EqualSharesCompletion, Add1Start];
    const outcome = equalShares(election(file), {
      completion,
      add1Start,
      add1Exhaustive: "all",
      tieBreaking: "cost-votes",
    });
    expect(sorted(outcome.selected)).toEqual(sorted(selected));
  });
});
