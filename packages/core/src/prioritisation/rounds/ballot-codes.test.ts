import { describe, expect, it } from "vitest";
import { codeDigest, invitationCode, submissionIdForCode } from "../../participation/invitation-codes.js";
import { ValidationError } from "../../store/errors.js";
import { admitBallot } from "./ballot.js";
import { ballotFixture, budgetRoundFixture } from "./fixtures.js";

const now = new Date("2026-11-21T12:00:00Z");
const code = invitationCode(new Uint8Array(12).fill(7));
const round = budgetRoundFixture({ invitationCodes: { digests: [codeDigest("glosowanie-2026", code)] } });

function problem(ballot: ReturnType<typeof ballotFixture>) {
  try {
    admitBallot(round, ballot, now);
    return undefined;
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
}

describe("a budget round with invitation codes", () => {
  it("takes a ballot with one of its codes and the id that code gives", () => {
    const id = submissionIdForCode(round.id, code);
    expect(problem(ballotFixture(["lawki"], { id, code }))).toBeUndefined();
    // Codes are read as people type them: lower case, no hyphens.
    const typed = code.toLowerCase().replace(/-/g, "");
    expect(submissionIdForCode(round.id, typed)).toBe(id);
  });

  it("refuses a ballot without a code, with another code, or with another id, naming the field", () => {
    expect(problem(ballotFixture(["lawki"]))).toEqual([
      { path: "code", message: "this vote takes ballots with an invitation code only" },
    ]);
    const other = invitationCode(new Uint8Array(12).fill(9));
    expect(
      problem(ballotFixture(["lawki"], { id: submissionIdForCode(round.id, other), code: other })),
    ).toEqual([{ path: "code", message: "is not an invitation code of this vote" }]);
    expect(problem(ballotFixture(["lawki"], { code }))).toEqual([
      {
        path: "code",
        message: "the ballot id must be the one its invitation code gives (submissionIdForCode)",
      },
    ]);
  });

  it("takes no code issued for another survey or round", () => {
    expect(codeDigest("ankieta", code)).not.toBe(codeDigest("glosowanie-2026", code));
  });
});
