import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageOf } from "./pagination.js";
import { canonicalJson, nextVersion, sameContent } from "./rules.js";

const wellFormedId = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);

describe("pageOf", () => {
  it("walks every item exactly once, whatever the page size", () => {
    fc.assert(
      fc.property(fc.uniqueArray(wellFormedId), fc.integer({ min: 1, max: 100 }), (ids, limit) => {
        const sorted = [...ids].sort().map((id) => ({ id }));
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = pageOf(sorted, { cursor, limit });
          seen.push(...page.items.map((item) => item.id));
          cursor = page.nextCursor;
        } while (cursor !== undefined);
        expect(seen).toEqual(sorted.map((item) => item.id));
      }),
    );
  });

  it("round-trips any well-formed id through a cursor, and nothing else", () => {
    fc.assert(
      fc.property(wellFormedId, (id) => {
        expect(decodeCursor(encodeCursor(id))).toBe(id);
      }),
    );
    // A cursor forged around text no store can hold (a NUL) is refused before any query.
    expect(() => decodeCursor(encodeCursor("\u0000"))).toThrow(expect.objectContaining({ code: "invalid" }));
    expect(() => decodeCursor(encodeCursor("Łąka"))).toThrow(expect.objectContaining({ code: "invalid" }));
  });

  it("rejects forged cursors and bad limits by field", () => {
    expect(() => pageOf([], { cursor: "not-a-cursor" })).toThrow(
      expect.objectContaining({ issues: [{ path: "cursor", message: "is not a cursor this API gave out" }] }),
    );
    expect(() => pageOf([], { limit: 0 })).toThrow(
      expect.objectContaining({
        issues: [{ path: "limit", message: "must be a whole number from 1 to 100" }],
      }),
    );
    expect(() => pageOf([], { limit: 101 })).toThrow(expect.objectContaining({ code: "invalid" }));
  });
});

describe("nextVersion", () => {
  it("creates at 1, updates what was read, and refuses stale or clashing writes", () => {
    expect(nextVersion(undefined, undefined, "x")).toBe(1);
    expect(nextVersion(3, 3, "x")).toBe(4);
    expect(() => nextVersion(4, 3, "x")).toThrow(
      expect.objectContaining({ code: "conflict", currentVersion: 4 }),
    );
    expect(() => nextVersion(1, undefined, "x")).toThrow(expect.objectContaining({ code: "conflict" }));
    expect(() => nextVersion(undefined, 1, "x")).toThrow(expect.objectContaining({ code: "conflict" }));
  });
});

describe("sameContent", () => {
  it("ignores the order of object keys but not of list items", () => {
    expect(sameContent({ a: 1, b: { c: [1, 2], d: "x" } }, { b: { d: "x", c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameContent({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
      }),
    );
  });
});
