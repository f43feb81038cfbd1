import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { issuesOf } from "../schema/parse.js";
import { commentStatus } from "./comment-status.js";
import { aComment, aStep, diagnosisConsultation } from "./fixtures.js";
import { ModerationStep } from "./moderation.js";

const after = diagnosisConsultation;
const before = { ...diagnosisConsultation, moderation: "before" as const };

describe("ModerationStep", () => {
  it("needs a reason to hide or restore, not to report or publish", () => {
    const comment = aComment();
    expect(issuesOf(ModerationStep, aStep(comment, "hide", "2026-11-11T10:00:00Z"))).toEqual([
      { path: "reason", message: "is required to hide or restore" },
    ]);
    expect(issuesOf(ModerationStep, aStep(comment, "hide", "2026-11-11T10:00:00Z", "obraźliwa"))).toEqual([]);
    expect(issuesOf(ModerationStep, aStep(comment, "report", "2026-11-11T10:00:00Z"))).toEqual([]);
  });
});

describe("commentStatus", () => {
  const comment = aComment();

  it("publishes at once after-publication, and awaits a moderator before-publication", () => {
    expect(commentStatus(after, comment, [])).toEqual({ status: "published", reports: 0 });
    expect(commentStatus(before, comment, [])).toEqual({ status: "awaiting", reports: 0 });
    const published = [aStep(comment, "publish", "2026-11-11T10:00:00Z")];
    expect(commentStatus(before, comment, published).status).toBe("published");
  });

  it("hides after the set number of reports, and a restore clears them", () => {
    const reports = [1, 2, 3].map((d) => aStep(comment, "report", `2026-11-1${d}T10:00:00Z`));
    expect(commentStatus(after, comment, reports.slice(0, 2))).toEqual({ status: "published", reports: 2 });
    expect(commentStatus(after, comment, reports)).toEqual({
      status: "hidden",
      reports: 3,
      hiddenBy: "reports",
    });
    const restored = [...reports, aStep(comment, "restore", "2026-11-15T10:00:00Z", "rzeczowa uwaga")];
    expect(commentStatus(after, comment, restored)).toEqual({ status: "published", reports: 0 });
  });

  it("hides with the moderator's reason and ignores other comments' steps", () => {
    const other = aComment();
    const steps = [
      aStep(comment, "hide", "2026-11-12T10:00:00Z", "dane osobowe"),
      aStep(other, "restore", "2026-11-13T10:00:00Z", "pomyłka"),
    ];
    expect(commentStatus(after, comment, steps)).toEqual({
      status: "hidden",
      reports: 0,
      reason: "dane osobowe",
      hiddenBy: "moderator",
    });
  });

  it("reads steps in time order whatever order they are listed in", () => {
    const actions = ["report", "publish", "hide", "restore"] as const;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...actions), fc.integer({ min: 0, max: 10_000 })), {
          maxLength: 12,
        }),
        (raw) => {
          const steps = raw.map(([action, minute]) =>
            aStep(comment, action, new Date(Date.UTC(2026, 10, 10) + minute * 60_000).toISOString(), "powód"),
          );
          const reversed = [...steps].reverse();
          expect(commentStatus(before, comment, reversed)).toEqual(commentStatus(before, comment, steps));
        },
      ),
    );
  });
});
