import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCsvRecord, readCsv } from "./csv.js";

describe("readCsv", () => {
  it("keeps ; and doubled quotes inside quoted fields, and counts lines", () => {
    const records = readCsv('50;"Obwodnica; ETAP II"\r\n36;"Park ""Olimpijka"""\r\n8;1200,171;;\n');
    expect(records).toEqual([
      { line: 1, fields: ["50", "Obwodnica; ETAP II"] },
      { line: 2, fields: ["36", 'Park "Olimpijka"'] },
      { line: 3, fields: ["8", "1200,171", "", ""] },
    ]);
  });

  it("names the line of a quote that is never closed", () => {
    expect(() => readCsv('a;b\r\nc;"open\r\n')).toThrow("line 2: a quoted field is never closed");
  });

  it("reads back what formatCsvRecord writes", () => {
    const field = fc.string({ unit: fc.constantFrom("a", ";", '"', "\r", "\n", ",", " ", "ł") });
    const record = fc.array(field, { minLength: 1, maxLength: 5 }).filter((r) => r.length > 1 || r[0] !== "");
    fc.assert(
      fc.property(fc.array(record, { maxLength: 5 }), (records) => {
        const text = records.map((r) => `${formatCsvRecord(r)}\r\n`).join("");
        expect(readCsv(text).map((r) => r.fields)).toEqual(records);
      }),
    );
  });
});
