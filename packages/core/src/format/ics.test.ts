import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { PlanEvent } from "../plan/event.js";
import { eventsToIcs } from "./ics.js";

const event = (id: string, start: string, end: string, more: Partial<PlanEvent> = {}): PlanEvent => ({
  id,
  partnershipId: "ziemia-wysokomazowiecka",
  kind: "workshop",
  title: { pl: "Warsztat strategiczny", en: "Strategy workshop" },
  start,
  end,
  place: { pl: "MOK, ul. Ludowa 15; sala nr 2, Wysokie Mazowieckie" },
  ...more,
});

// 2026: summer time from Sunday 29 March 02:00, winter time from Sunday 25 October 03:00.
const events = [
  event("przed-zmiana-wiosna", "2026-03-28T10:00", "2026-03-28T12:00"),
  event("po-zmianie-wiosna", "2026-03-30T10:00", "2026-03-30T12:00", {
    kind: "debate",
    agenda: [
      { pl: "Powitanie" },
      { pl: "Dyskusja o transporcie zbiorowym, dojazdach do szkół i żłobków w gminach" },
    ],
    onlineUrl: "https://spotkania.example.gov.pl/debata?id=1",
  }),
  event("przed-zmiana-jesien", "2026-10-24T18:00", "2026-10-24T20:00"),
  event("po-zmianie-jesien", "2026-10-26T18:00", "2026-10-26T20:00"),
];
const ics = eventsToIcs(events, {
  name: "Partnerstwo Ziemia Wysokomazowiecka",
  stamp: new Date("2026-11-27T10:00:00Z"),
});

function parsed() {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent("vtimezone");
  if (zone) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("eventsToIcs", () => {
  it("parses with ical.js and keeps Europe/Warsaw times across both daylight-saving changes", () => {
    const utc = Object.fromEntries(parsed().map((e) => [e.uid, e.startDate.toJSDate().toISOString()]));
    expect(utc).toEqual({
      "przed-zmiana-wiosna@ziemia-wysokomazowiecka.cwd": "2026-03-28T09:00:00.000Z",
      "po-zmianie-wiosna@ziemia-wysokomazowiecka.cwd": "2026-03-30T08:00:00.000Z",
      "przed-zmiana-jesien@ziemia-wysokomazowiecka.cwd": "2026-10-24T16:00:00.000Z",
      "po-zmianie-jesien@ziemia-wysokomazowiecka.cwd": "2026-10-26T17:00:00.000Z",
    });
    expect(parsed()[0]?.startDate.zone?.tzid).toBe("Europe/Warsaw");
  });

  it("escapes text and gives it back whole after folding", () => {
    const [first, second] = parsed();
    expect(first?.location).toBe("MOK, ul. Ludowa 15; sala nr 2, Wysokie Mazowieckie");
    expect(first?.summary).toBe("Warsztat strategiczny");
    expect(second?.description).toBe(
      "1. Powitanie\n2. Dyskusja o transporcie zbiorowym, dojazdach do szkół i żłobków w gminach\nhttps://spotkania.example.gov.pl/debata?id=1",
    );
  });

  it("ends lines with CRLF and folds them at 75 octets without splitting a character", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = ics.split("\r\n");
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(ics).not.toContain("\uFFFD");
  });

  it("writes the English texts when asked", () => {
    expect(eventsToIcs(events.slice(0, 1), { name: "x", stamp: new Date(0), lang: "en" })).toContain(
      "SUMMARY:Strategy workshop",
    );
  });
});
