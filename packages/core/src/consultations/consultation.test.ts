import { describe, expect, it } from "vitest";
import { issuesOf } from "../schema/parse.js";
import { Consultation, consultationDays, tooShortForStrategy } from "./consultation.js";
import { diagnosisConsultation } from "./fixtures.js";
import { consultationState, timeLeft } from "./state.js";

describe("Consultation", () => {
  it("accepts the diagnosis consultation", () => {
    expect(issuesOf(Consultation, diagnosisConsultation)).toEqual([]);
  });

  it("names times out of order and repeated section ids", () => {
    const bad = {
      ...diagnosisConsultation,
      opensAt: "2026-10-01T00:00:00Z",
      closesAt: "2026-09-01T00:00:00Z",
      sections: [{ id: "a", title: { pl: "A" }, paragraphs: [{ id: "a", text: { pl: "x" } }] }],
    };
    expect(issuesOf(Consultation, bad)).toEqual([
      { path: "opensAt", message: "must not be before noticeAt" },
      { path: "closesAt", message: "must be after opensAt" },
      { path: "sections", message: "section and paragraph ids must be unique" },
    ]);
  });

  it("refuses an unknown moderation mode and a report threshold of 0", () => {
    const issues = issuesOf(Consultation, {
      ...diagnosisConsultation,
      moderation: "never",
      hideAfterReports: 0,
    });
    expect(issues.map((i) => i.path)).toEqual(["moderation", "hideAfterReports"]);
  });
});

describe("consultationState", () => {
  const at = (iso: string) => consultationState(diagnosisConsultation, new Date(iso));

  it("is upcoming, open, closed, then reported", () => {
    expect(at("2026-11-01T12:00:00Z")).toBe("upcoming");
    expect(at("2026-11-20T12:00:00Z")).toBe("open");
    expect(at("2026-12-06T22:59:59Z")).toBe("open");
    expect(at("2026-12-07T00:00:00Z")).toBe("closed");
    const reported = { ...diagnosisConsultation, reportPublishedAt: "2026-12-30T10:00:00Z" };
    expect(consultationState(reported, new Date("2026-12-29T10:00:00Z"))).toBe("closed");
    expect(consultationState(reported, new Date("2026-12-30T10:00:00Z"))).toBe("reported");
  });
});

describe("consultationDays and tooShortForStrategy", () => {
  it("counts Warsaw calendar days from the notice: 1 November to 6 December is 35", () => {
    expect(consultationDays(diagnosisConsultation)).toBe(35);
    expect(tooShortForStrategy(diagnosisConsultation)).toBe(false);
  });

  it("flags a strategy consultation closing on day 34, and never another kind", () => {
    const short = { ...diagnosisConsultation, closesAt: "2026-12-05T23:59:59+01:00" };
    expect(tooShortForStrategy(short)).toBe(true);
    expect(tooShortForStrategy({ ...short, kind: "other" })).toBe(false);
  });

  it("uses the day in Warsaw, not in UTC: 23:30 UTC on 5 December is 6 December in Warsaw", () => {
    expect(consultationDays({ noticeAt: "2026-11-01T09:00:00Z", closesAt: "2026-12-05T23:30:00Z" })).toBe(35);
  });

  it("crosses the change to summer time without losing a day", () => {
    expect(
      consultationDays({ noticeAt: "2027-03-01T10:00:00+01:00", closesAt: "2027-04-05T10:00:00+02:00" }),
    ).toBe(35);
  });
});

describe("timeLeft", () => {
  it("splits the time to closing into days, hours and minutes, and stops at zero", () => {
    const closing = { closesAt: "2026-12-06T22:59:59Z" };
    expect(timeLeft(closing, new Date("2026-12-04T20:00:00Z"))).toEqual({ days: 2, hours: 2, minutes: 59 });
    expect(timeLeft(closing, new Date("2026-12-07T00:00:00Z"))).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});
