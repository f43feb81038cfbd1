import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Comment } from "./comment.js";
import { aComment, anAnswer, aStep, diagnosisConsultation } from "./fixtures.js";
import { consultationReport } from "./report.js";
import { reportCsv, reportHtml, reportMarkdown } from "./report-formats.js";
import { targetLabel } from "./target.js";
import { stances } from "./vocabulary.js";

function recordsOf(comments: Comment[]) {
  const answers = comments.filter((_, i) => i % 2 === 0).map((c) => anAnswer(c, "rejected"));
  const steps = comments.slice(0, 1).map((c) => aStep(c, "hide", "2026-11-30T10:00:00Z", "obraźliwa"));
  return { consultation: diagnosisConsultation, comments, steps, answers };
}

describe("consultationReport", () => {
  it("lists every comment but bots' exactly once, with its answer, and counts them", () => {
    const comments = [
      aComment({ stance: "against", memberId: "gmina-klukowo" }),
      aComment({ stance: "in_favour", target: { kind: "section", id: "transport" } }),
      aComment({ website: "bot" }),
      aComment({ stance: "against", memberId: "gmina-klukowo" }),
    ];
    const report = consultationReport(recordsOf(comments));
    expect(report.entries.map((e) => e.comment.id).sort()).toEqual(
      [comments[0], comments[1], comments[3]].map((c) => c?.id).sort(),
    );
    expect(report.counts).toEqual({
      comments: 3,
      answered: 1,
      byStance: { in_favour: 1, neutral: 0, against: 2 },
      byMember: { "gmina-klukowo": 2, unspecified: 1 },
      byTarget: { "paragraph:demografia-1": 2, "section:transport": 1 },
    });
    expect(report.entries[0]).toMatchObject({ status: "hidden", reason: "obraźliwa" });
    expect(report.entries[0]).not.toHaveProperty("text");
    expect(report.entries[1]?.text).toBe(comments[1]?.text);
    expect(reportMarkdown(report)).toContain("\\[treść ukryta przez moderację: obraźliwa\\]");
  });

  it("holds each comment exactly once, whatever comes in (property)", () => {
    const commentArb = fc.record({
      stance: fc.constantFrom(...stances),
      website: fc.option(fc.constantFrom("", "spam"), { nil: undefined }),
      submittedAt: fc
        .date({
          min: new Date("2026-11-02T00:00:00Z"),
          max: new Date("2026-12-06T00:00:00Z"),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString()),
    });
    fc.assert(
      fc.property(fc.array(commentArb, { maxLength: 30 }), (raw) => {
        const comments = raw.map((r) =>
          aComment(r.website === undefined ? { stance: r.stance, submittedAt: r.submittedAt } : r),
        );
        const report = consultationReport(recordsOf(comments));
        const kept = comments.filter((c) => !c.website);
        expect(report.entries.map((e) => e.comment.id).sort()).toEqual(kept.map((c) => c.id).sort());
        expect(report.entries.map((e) => e.number)).toEqual(kept.map((_, i) => i + 1));
        for (const entry of report.entries)
          expect(entry.answer?.commentId ?? entry.comment.id).toBe(entry.comment.id);
        const csvRows = reportCsv(report).trimEnd().split("\r\n");
        expect(csvRows.length).toBe(kept.length + 1);
      }),
      { numRuns: 50 },
    );
  });

  it("labels targets by their titles", () => {
    expect(targetLabel(diagnosisConsultation, { kind: "paragraph", id: "demografia-2" })).toBe(
      "1. Demografia, akapit 2",
    );
    expect(targetLabel(diagnosisConsultation, { kind: "section", id: "transport" }, "en")).toBe(
      "2. Transport",
    );
    expect(targetLabel(diagnosisConsultation, { kind: "goal", id: "cel-1" })).toBe("goal:cel-1");
  });
});

describe("report formats", () => {
  const hostile =
    '<script>alert(1)</script> "quoted" & [link](javascript:alert(1)) <img src=x onerror=alert(1)>';
  const comment = aComment({ text: hostile, name: "<b>Jan</b>", memberId: "gmina-klukowo" });
  const report = consultationReport({
    consultation: { ...diagnosisConsultation, title: { pl: "Diagnoza <i>2026</i>" } },
    comments: [comment],
    steps: [],
    answers: [{ ...anAnswer(comment, "partly_accepted"), justification: { pl: "Tak, <u>częściowo</u>" } }],
  });
  const names = { "gmina-klukowo": "Gmina Klukowo" };

  it("escapes every text in HTML", () => {
    const html = reportHtml(report, names);
    expect(html).not.toMatch(/<script|<img|<b>|<i>|<u>/);
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(html).toContain("Gmina Klukowo");
    expect(html).toContain("uwzględniona częściowo");
  });

  it("escapes Markdown syntax and HTML in Markdown", () => {
    const markdown = reportMarkdown(report, names);
    expect(markdown.startsWith("# Raport z konsultacji: Diagnoza \\<i\\>2026\\</i\\>")).toBe(true);
    // Every < and ]( is preceded by a backslash: Markdown shows them as text.
    expect(markdown).not.toMatch(/(?<!\\)<|(?<!\\)\]\\?\(/);
    expect(markdown).toContain("**Odpowiedź: uwzględniona częściowo.**");
  });

  it("quotes CSV fields with separators and quotes", () => {
    const [header, row] = reportCsv(report, names).trimEnd().split("\r\n");
    expect(header).toBe(
      "nr,data,cel uwagi,fragment,podpis,gmina,stanowisko,uwaga,status,odpowiedź,uzasadnienie",
    );
    expect(row).toContain(
      '"<script>alert(1)</script> ""quoted"" & [link](javascript:alert(1)) <img src=x onerror=alert(1)>"',
    );
    expect(row).toContain("Gmina Klukowo");
  });

  it("keeps a spreadsheet from reading a comment as a formula", () => {
    const formula = aComment({
      text: '=HYPERLINK("http://x.example","klik")',
      name: "+48 123",
      memberId: undefined,
    });
    const csv = reportCsv(
      consultationReport({
        consultation: diagnosisConsultation,
        comments: [formula],
        steps: [],
        answers: [],
      }),
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://x.example"",""klik"")"`);
    expect(csv).toContain(",'+48 123,");
  });
});
