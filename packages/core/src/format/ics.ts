import type { PlanEvent } from "../plan/event.js";

/** Europe/Warsaw as iCalendar describes it: CET, and CEST from the last Sunday of March to October's. */
const warsawTimeZone = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Warsaw",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

export interface IcsOptions {
  /** The calendar's name, shown by the application that subscribes. */
  name: string;
  /** When the file is made (each event's DTSTAMP). */
  stamp: Date;
  /** Which language of the texts to write; Polish when absent or missing. */
  lang?: "pl" | "en";
}

/**
 * The events as an iCalendar file (RFC 5545) that a municipal site's calendar can subscribe to:
 * times in Europe/Warsaw (with its VTIMEZONE), CRLF line ends, lines folded at 75 octets, text escaped.
 *
 * @example
 * eventsToIcs(events, { name: "Partnerstwo Ziemia Wysokomazowiecka", stamp: new Date() })
 * // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…"
 */
export function eventsToIcs(events: readonly PlanEvent[], options: IcsOptions): string {
  const text = (value: { pl: string; en?: string }) =>
    options.lang === "en" ? (value.en ?? value.pl) : value.pl;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//cwd//cwd.partnership/v1//PL",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.name)}`,
    "X-WR-TIMEZONE:Europe/Warsaw",
    ...warsawTimeZone,
  ];
  for (const event of events) {
    const description = [
      event.audience && text(event.audience),
      ...(event.agenda ?? []).map((item, i) => `${i + 1}. ${text(item)}`),
      event.onlineUrl,
    ].filter((part): part is string => Boolean(part));
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.id}@${event.partnershipId}.cwd`,
      `DTSTAMP:${utcStamp(options.stamp)}`,
      `DTSTART;TZID=Europe/Warsaw:${localStamp(event.start)}`,
      `DTEND;TZID=Europe/Warsaw:${localStamp(event.end)}`,
      `SUMMARY:${escapeText(text(event.title))}`,
      `CATEGORIES:${event.kind.toUpperCase()}`,
    );
    if (description.length > 0) lines.push(`DESCRIPTION:${escapeText(description.join("\n"))}`);
    if (event.place) lines.push(`LOCATION:${escapeText(text(event.place))}`);
    if (event.onlineUrl) lines.push(`URL:${event.onlineUrl}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

/** TEXT as RFC 5545 §3.3.11 writes it: backslash, semicolon, comma and line breaks escaped. */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

const utf8 = new TextEncoder();

/**
 * Splits a content line longer than 75 octets (RFC 5545 §3.1): each continuation starts with one
 * space. Never inside a character, since UTF-8 sequences (ą, ł, ż) must stay whole.
 */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    const room = parts.length === 0 ? 75 : 74;
    if (octets + size > room) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** `2026-03-29T10:00` → `20260329T100000`. */
function localStamp(time: string): string {
  return `${time.replace(/[-:]/g, "")}00`;
}

function utcStamp(date: Date): string {
  return `${date.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
}
