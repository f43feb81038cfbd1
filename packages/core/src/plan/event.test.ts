import { describe, expect, it } from "vitest";
import { issuesOf } from "../schema/parse.js";
import { PlanEvent } from "./event.js";
import { Practice } from "./practice.js";
import { admitSignup, EventSignup, signupLimit, warsawInstant } from "./signup.js";

const event: PlanEvent = {
  id: "debata-transport",
  partnershipId: "ziemia-wysokomazowiecka",
  kind: "debate",
  title: { pl: "Debata o transporcie" },
  start: "2026-03-30T18:00",
  end: "2026-03-30T20:00",
  onlineUrl: "https://spotkania.example.gov.pl/debata",
  signups: { capacity: 1, informationClause: { pl: "Administratorem danych jest Starosta …" } },
};
const signup: EventSignup = {
  id: "00000000-0000-4000-8000-000000000001",
  partnershipId: event.partnershipId,
  eventId: event.id,
  submittedAt: "2026-03-01T10:00:00Z",
  name: "Anna",
  consent: true,
};

describe("PlanEvent", () => {
  it("accepts an event and names each bad field", () => {
    expect(issuesOf(PlanEvent, event)).toEqual([]);
    const { onlineUrl: _, ...nowhere } = event;
    expect(issuesOf(PlanEvent, { ...nowhere, kind: "party", end: "2026-03-30T17:00" })).toEqual([
      { path: "kind", message: expect.any(String) },
    ]);
    expect(issuesOf(PlanEvent, { ...nowhere, end: "2026-03-30T17:00" })).toEqual([
      { path: "end", message: "must be after start 2026-03-30T18:00" },
      { path: "place", message: "give a place or an online link" },
    ]);
    expect(issuesOf(PlanEvent, { ...event, start: "2026-03-30 18:00" }).map((i) => i.path)).toEqual([
      "start",
    ]);
  });
});

describe("sign-ups", () => {
  it("needs consent to the information clause", () => {
    expect(issuesOf(EventSignup, signup)).toEqual([]);
    expect(issuesOf(EventSignup, { ...signup, consent: false })).toEqual([
      { path: "consent", message: "must be true: read the information clause and agree to it" },
    ]);
  });

  it("closes when the event starts in Warsaw, summer time included", () => {
    expect(warsawInstant("2026-03-30T18:00").toISOString()).toBe("2026-03-30T16:00:00.000Z");
    expect(warsawInstant("2026-03-28T18:00").toISOString()).toBe("2026-03-28T17:00:00.000Z");
    expect(() => admitSignup(event, signup, new Date("2026-03-30T15:59:59Z"))).not.toThrow();
    expect(() => admitSignup(event, signup, new Date("2026-03-30T16:00:00Z"))).toThrow(
      "event debata-transport started at 2026-03-30T18:00 (Europe/Warsaw) and takes no more sign-ups",
    );
    const { signups: _, ...closed } = event;
    expect(() => admitSignup(closed, signup, new Date(0))).toThrow("takes no sign-ups");
  });

  it("says plainly when the event is full", () => {
    expect(signupLimit(event)).toEqual({
      max: 1,
      message: "event debata-transport is full: the only place is taken",
    });
    expect(signupLimit({ ...event, signups: { informationClause: { pl: "…" } } })).toBeUndefined();
  });
});

describe("Practice", () => {
  it("needs a member that ran it", () => {
    const practice = {
      id: "wspolne-schronisko",
      partnershipId: "ziemia-wysokomazowiecka",
      title: { pl: "Wspólne schronisko" },
      summary: { pl: "Jedna umowa na opiekę nad bezdomnymi psami." },
      ranBy: ["gmina-klukowo"],
      cost: { amount: 4_500_000, currency: "PLN" },
    };
    expect(issuesOf(Practice, practice)).toEqual([]);
    expect(issuesOf(Practice, { ...practice, ranBy: [] })).toEqual([
      { path: "ranBy", message: "name at least one member" },
    ]);
  });
});
