import * as z from "zod/mini";
import { parse } from "../schema/parse.js";
import type { Partnership } from "../schema/partnership.js";
import { type Issue, ValidationError } from "../store/errors.js";
import type { Series, SeriesValue } from "./series.js";

/** What a series is, apart from its values: given by whoever imports a file of bare figures. */
export type SeriesHeader = Omit<Series, "values" | "version">;

const BdlValues = z.array(
  z.object({ year: z.string().check(z.regex(/^\d{4}$/, "must be a year")), val: z.nullable(z.number()) }),
);
/** GUS BDL API v1 `/data/by-variable/{var-id}`: one variable, a result per unit. */
const BdlByVariable = z.object({
  results: z.array(z.object({ id: z.string(), name: z.optional(z.string()), values: BdlValues })),
});
/** GUS BDL API v1 `/data/by-unit/{unit-id}`: one unit, a result per variable. */
const BdlByUnit = z.object({
  unitId: z.string(),
  unitName: z.optional(z.string()),
  results: z.array(z.object({ id: z.union([z.number(), z.string()]), values: BdlValues })),
});

/**
 * The member a BDL unit id stands for: its last five digits are the TERC code without the
 * voivodeship (powiat, gmina, kind), a powiat's ending in 000.
 *
 * @example
 * memberOfBdlUnit(partnership, "062030113011") // "miasto-wysokie-mazowieckie" (TERC 2013011)
 */
export function memberOfBdlUnit(partnership: Partnership, unitId: string): string | undefined {
  const tail = unitId.slice(-5);
  return partnership.members.find(
    (m) => (m.terc.length === 4 ? `${m.terc.slice(2)}000` : m.terc.slice(2)) === tail,
  )?.id;
}

/**
 * A series from a GUS BDL API JSON file (`/data/by-variable/…` or `/data/by-unit/…`; one page or an
 * array of pages). Units that are not members (the urban or rural part of a gmina) are skipped and
 * listed; empty values (`val: null`) are left out. Nothing is fetched.
 *
 * @example
 * seriesFromBdl(json, partnership, { id: "ludnosc", bdlVariableId: "72305", … }).series.values[0]
 * // { memberId: "gmina-klukowo", year: 2023, value: 4302 }
 */
export function seriesFromBdl(
  json: unknown,
  partnership: Partnership,
  header: SeriesHeader,
): { series: Series; skipped: { unitId: string; name?: string }[] } {
  const pages = Array.isArray(json) ? json : [json];
  const values: SeriesValue[] = [];
  const skipped: { unitId: string; name?: string }[] = [];
  const add = (unitId: string, name: string | undefined, rows: z.infer<typeof BdlValues>) => {
    const memberId = memberOfBdlUnit(partnership, unitId);
    if (!memberId) return void skipped.push(name === undefined ? { unitId } : { unitId, name });
    for (const row of rows)
      if (row.val !== null) values.push({ memberId, year: Number(row.year), value: row.val });
  };
  for (const page of pages) {
    if (page && typeof page === "object" && "unitId" in page) {
      if (header.bdlVariableId === undefined)
        throw new ValidationError([
          { path: "bdlVariableId", message: "a /data/by-unit file needs the variable id to pick" },
        ]);
      const byUnit = parse(BdlByUnit, page);
      for (const result of byUnit.results)
        if (String(result.id) === header.bdlVariableId) add(byUnit.unitId, byUnit.unitName, result.values);
    } else {
      for (const result of parse(BdlByVariable, page).results) add(result.id, result.name, result.values);
    }
  }
  return { series: { ...header, values }, skipped };
}

/**
 * A series from CSV with a header row naming `year`, `value` and the member as `memberId` or `terc`.
 * Commas or semicolons separate fields; with semicolons a decimal comma is read (as Polish
 * spreadsheets write). Throws ValidationError naming the line.
 *
 * @example
 * seriesFromCsv("terc;year;value\n2013042;2023;4302\n", partnership, header).values
 * // [{ memberId: "gmina-klukowo", year: 2023, value: 4302 }]
 */
export function seriesFromCsv(text: string, partnership: Partnership, header: SeriesHeader): Series {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  const separator = (lines[0] ?? "").includes(";") ? ";" : ",";
  const columns = (lines[0] ?? "").split(separator).map((c) => c.trim());
  const at = (name: string) => columns.indexOf(name);
  const memberColumn = at("memberId") >= 0 ? "memberId" : "terc";
  const missing = ["year", "value", memberColumn].filter((c) => at(c) < 0);
  if (missing.length > 0)
    throw new ValidationError([
      { path: "line 1", message: `the header needs ${missing.join(", ")} (memberId or terc, year, value)` },
    ]);
  const issues: Issue[] = [];
  const values: SeriesValue[] = [];
  lines.slice(1).forEach((line, i) => {
    const cells = line.split(separator).map((c) => c.trim());
    const where = `line ${i + 2}`;
    const member = cells[at(memberColumn)] ?? "";
    const memberId =
      memberColumn === "memberId"
        ? partnership.members.find((m) => m.id === member)?.id
        : partnership.members.find((m) => m.terc === member)?.id;
    const year = Number(cells[at("year")]);
    const raw = cells[at("value")] ?? "";
    const value = Number(separator === ";" ? raw.replace(",", ".") : raw);
    if (!memberId)
      issues.push({
        path: `${where}.${memberColumn}`,
        message: `${member} is not a member of ${partnership.id}`,
      });
    else if (!Number.isInteger(year)) issues.push({ path: `${where}.year`, message: "must be a year" });
    else if (raw === "" || !Number.isFinite(value))
      issues.push({ path: `${where}.value`, message: "must be a number" });
    else values.push({ memberId, year, value });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return { ...header, values };
}

/**
 * A series as CSV (`memberId,year,value`), the form `seriesFromCsv` reads back.
 *
 * @example
 * seriesToCsv(series) // "memberId,year,value\ngmina-klukowo,2023,4302\n"
 */
export function seriesToCsv(series: Pick<Series, "values">): string {
  return `memberId,year,value\n${series.values.map((v) => `${v.memberId},${v.year},${v.value}`).join("\n")}\n`;
}
