import { describe, expect, it } from "vitest";
import { issuesOf } from "../schema/parse.js";
import { admitEdit, editedComment } from "./comment-rules.js";
import { commentStatus } from "./comment-status.js";
import { aComment, aStep, diagnosisConsultation, duringConsultation } from "./fixtures.js";
import { ModerationStep } from "./moderation.js";
import { consultationReport } from "./report.js";
import { publicThread } from "./thread.js";

const keyHash = "a".repeat(64);
const mine = aComment({
  submittedAt: "2026-11-20T11:55:00Z",
  edit: { keyHash, until: "2026-11-20T12:10:00Z" },
});

function anEdit(text: string, at: string, stance?: ModerationStep["stance"]): ModerationStep {
  return { ...aStep(mine, "edit", at), text, ...(stance && { stance }) };
}

describe("reports counted per reader", () => {
  const report = (reporter: string, at: string) => ({ ...aStep(mine, "report", at), reporter });
  const one = "1".repeat(64);
  const two = "2".repeat(64);
  const three = "3".repeat(64);

  it("counts one reader's repeated reports once", () => {
    const steps = [0, 1, 2, 3].map((i) => report(one, `2026-11-20T12:0${i}:00Z`));
    expect(commentStatus(diagnosisConsultation, mine, steps)).toEqual({ status: "published", reports: 1 });
  });

  it("hides after as many distinct readers as the consultation sets", () => {
    const steps = [one, two, one, three].map((r, i) => report(r, `2026-11-20T12:0${i}:00Z`));
    expect(commentStatus(diagnosisConsultation, mine, steps)).toMatchObject({ status: "hidden", reports: 3 });
  });

  it("lets a reader report again after a moderator restores the comment", () => {
    const steps = [
      report(one, "2026-11-20T12:00:00Z"),
      { ...aStep(mine, "restore", "2026-11-20T12:01:00Z"), reason: "bez naruszeń" },
      report(one, "2026-11-20T12:02:00Z"),
    ];
    expect(commentStatus(diagnosisConsultation, mine, steps).reports).toBe(1);
  });
});

describe("edits", () => {
  it("needs the new text on an edit and nowhere else", () => {
    expect(issuesOf(ModerationStep, aStep(mine, "edit", "2026-11-20T12:00:00Z"))).toEqual([
      { path: "text", message: "is required for an edit and only there" },
    ]);
    expect(issuesOf(ModerationStep, anEdit("Poprawione.", "2026-11-20T12:00:00Z"))).toEqual([]);
  });

  it("shows the last edit in the thread and the report, without the edit secret's hash", () => {
    const records = {
      consultation: diagnosisConsultation,
      comments: [mine],
      steps: [
        anEdit("Druga wersja.", "2026-11-20T12:05:00Z", "against"),
        anEdit("Pierwsza.", "2026-11-20T12:01:00Z"),
      ],
      answers: [],
    };
    const [entry] = publicThread(records);
    expect(entry?.comment).toMatchObject({
      text: "Druga wersja.",
      stance: "against",
      editedAt: "2026-11-20T12:05:00Z",
    });
    expect(entry?.comment).not.toHaveProperty("edit");
    const report = consultationReport(records);
    expect(report.entries[0]?.text).toBe("Druga wersja.");
    expect(report.counts.byStance.against).toBe(1);
    expect(report.entries[0]?.comment).not.toHaveProperty("edit");
    expect(editedComment(aComment(), records.steps)).not.toHaveProperty("editedAt");
  });

  it("admits the secret's holder within the window only, naming why not", () => {
    expect(() => admitEdit(diagnosisConsultation, mine, [], keyHash, duringConsultation)).not.toThrow();
    expect(() => admitEdit(diagnosisConsultation, mine, [], "b".repeat(64), duringConsultation)).toThrow(
      "the edit secret does not match this comment",
    );
    expect(() =>
      admitEdit(diagnosisConsultation, mine, [], keyHash, new Date("2026-11-20T12:10:01Z")),
    ).toThrow("the time to edit this comment ended at 2026-11-20T12:10:00Z");
    expect(() => admitEdit(diagnosisConsultation, aComment(), [], keyHash, duringConsultation)).toThrow(
      "does not match",
    );
    const hidden = [{ ...aStep(mine, "hide", "2026-11-20T11:58:00Z"), reason: "wulgaryzmy" }];
    expect(() => admitEdit(diagnosisConsultation, mine, hidden, keyHash, duringConsultation)).toThrow(
      "a moderator hid this comment",
    );
    expect(() =>
      admitEdit(diagnosisConsultation, mine, [], keyHash, new Date("2026-12-08T12:00:00Z")),
    ).toThrow("is closed");
  });
});
