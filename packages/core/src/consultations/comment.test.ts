import { describe, expect, it } from "vitest";
import { issuesOf } from "../schema/parse.js";
import { ForbiddenError, ValidationError } from "../store/errors.js";
import { Comment } from "./comment.js";
import { admitComment, isSpam } from "./comment-rules.js";
import { aComment, diagnosisConsultation, duringConsultation } from "./fixtures.js";
import { targetKey } from "./target.js";
import { maxCommentLength } from "./vocabulary.js";

describe("Comment", () => {
  it("accepts a comment with a name, member, audience and passage", () => {
    const comment = aComment({
      name: "Anna",
      memberId: "gmina-klukowo",
      audience: "residents",
      target: { kind: "paragraph", id: "demografia-1", passage: "spada" },
    });
    expect(issuesOf(Comment, comment)).toEqual([]);
  });

  it("limits the text and names the field", () => {
    expect(issuesOf(Comment, aComment({ text: "x".repeat(maxCommentLength + 1) }))).toEqual([
      { path: "text", message: `must have at most ${maxCommentLength} characters` },
    ]);
    expect(issuesOf(Comment, aComment({ text: "   " }))).toEqual([
      { path: "text", message: "must have at least 1 character" },
    ]);
  });

  it("refuses an unknown stance and target kind", () => {
    const issues = issuesOf(Comment, { ...aComment(), stance: "maybe", target: { kind: "page", id: "x" } });
    expect(issues.map((i) => i.path).sort()).toEqual(["stance", "target.kind"]);
  });
});

describe("isSpam and targetKey", () => {
  it("treats a filled honeypot as a bot", () => {
    expect(isSpam(aComment())).toBe(false);
    expect(isSpam(aComment({ website: "" }))).toBe(false);
    expect(isSpam(aComment({ website: "http://spam.example" }))).toBe(true);
  });

  it("keys a target by kind and id", () => {
    expect(targetKey({ kind: "goal", id: "cel-1" })).toBe("goal:cel-1");
  });
});

describe("admitComment", () => {
  it("takes a comment while open, on any section, paragraph or other target", () => {
    for (const target of [
      { kind: "section" as const, id: "transport" },
      { kind: "paragraph" as const, id: "demografia-2", passage: "Białegostoku" },
      { kind: "section" as const, id: "demografia", passage: "od 2010 roku" },
      { kind: "goal" as const, id: "cel-1" },
    ])
      expect(() =>
        admitComment(diagnosisConsultation, aComment({ target }), duringConsultation),
      ).not.toThrow();
  });

  it("refuses a comment before it opens and after it closes", () => {
    expect(() => admitComment(diagnosisConsultation, aComment(), new Date("2026-11-01T12:00:00Z"))).toThrow(
      new ForbiddenError("consultation konsultacje-diagnozy is upcoming and takes no comments"),
    );
    expect(() => admitComment(diagnosisConsultation, aComment(), new Date("2026-12-08T00:00:00Z"))).toThrow(
      ForbiddenError,
    );
  });

  it("refuses a paragraph not in the document, and a passage not quoted from it", () => {
    const wrong = aComment({ target: { kind: "paragraph", id: "transport" } });
    expect(() => admitComment(diagnosisConsultation, wrong, duringConsultation)).toThrow(ValidationError);
    const invented = aComment({ target: { kind: "paragraph", id: "demografia-1", passage: "rośnie" } });
    try {
      admitComment(diagnosisConsultation, invented, duringConsultation);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        { path: "target.passage", message: "is not quoted from this paragraph" },
      ]);
    }
  });
});
