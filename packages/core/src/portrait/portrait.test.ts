import { describe, expect, it } from "vitest";
import { createExchangeDocument, parseExchangeDocument } from "../format/exchange.js";
import type { Partnership } from "../schema/partnership.js";
import type { ValidationError } from "../store/errors.js";
import {
  compareWithReference,
  partnershipFigure,
  perInhabitants,
  populationFrom,
  rankMembers,
} from "./figures.js";
import { memberOfBdlUnit, type SeriesHeader, seriesFromBdl, seriesFromCsv, seriesToCsv } from "./import.js";
import type { Series } from "./series.js";

const partnership: Partnership = {
  id: "p",
  name: { pl: "P" },
  voivodeship: { name: "podlaskie", terc: "20" },
  members: [
    { id: "powiat", name: "Powiat", kind: "powiat", terc: "2013" },
    { id: "miasto", name: "Miasto", kind: "gmina_miejska", terc: "2013011" },
    { id: "klukowo", name: "Klukowo", kind: "gmina_wiejska", terc: "2013042" },
  ],
};
const gminy = ["miasto", "klukowo"];
const header = (id: string, measure: Series["measure"]): SeriesHeader => ({
  id,
  partnershipId: "p",
  variable: { pl: id },
  unit: measure === "count" ? "osoby" : "%",
  measure,
  source: "test",
});
const population: Series = {
  ...header("ludnosc", "count"),
  values: [
    { memberId: "miasto", year: 2023, value: 9000 },
    { memberId: "klukowo", year: 2023, value: 3000 },
  ],
};
const unemployment: Series = {
  ...header("bezrobocie", "rate"),
  values: [
    { memberId: "miasto", year: 2023, value: 4 },
    { memberId: "klukowo", year: 2023, value: 8 },
    { memberId: "miasto", year: 2022, value: 5 },
  ],
  reference: [{ area: "poland", name: "Polska", values: [{ year: 2023, value: 5 }] }],
};

describe("portrait figures", () => {
  const people = populationFrom(population);

  it("sums counts and weights rates by population", () => {
    expect(partnershipFigure(population, 2023, gminy, people)).toBe(12_000);
    // (9000 × 4 + 3000 × 8) / 12000 = 5
    expect(partnershipFigure(unemployment, 2023, gminy, people)).toBe(5);
    // klukowo has no 2022 value: no partial figure
    expect(partnershipFigure(unemployment, 2022, gminy, people)).toBeNull();
  });

  it("gives figures per inhabitant and per 10,000", () => {
    expect(perInhabitants(30, 3000, 10_000)).toBe(100);
    expect(perInhabitants(1500, 3000)).toBe(0.5);
    expect(perInhabitants(1, undefined)).toBeNull();
  });

  it("ranks members, equal values sharing a rank", () => {
    const series: Series = {
      ...header("x", "rate"),
      values: [
        { memberId: "miasto", year: 2023, value: 2 },
        { memberId: "klukowo", year: 2023, value: 7 },
        { memberId: "powiat", year: 2023, value: 2 },
      ],
    };
    expect(rankMembers(series, 2023).map((r) => [r.memberId, r.rank])).toEqual([
      ["klukowo", 1],
      ["miasto", 2],
      ["powiat", 2],
    ]);
    expect(rankMembers(series, 2023, "lowest_first").map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it("compares the partnership with reference areas", () => {
    expect(compareWithReference(unemployment, 2023, gminy, people)).toEqual({
      partnership: 5,
      areas: [{ area: "poland", name: "Polska", value: 5, difference: 0 }],
    });
  });
});

describe("imports", () => {
  it("matches BDL unit ids to members by TERC", () => {
    expect(memberOfBdlUnit(partnership, "062030113011")).toBe("miasto");
    expect(memberOfBdlUnit(partnership, "062030113000")).toBe("powiat");
    expect(memberOfBdlUnit(partnership, "062030113054")).toBeUndefined();
  });

  it("reads a BDL /data/by-variable file, skipping units that are not members", () => {
    const json = {
      totalRecords: 3,
      page: 0,
      pageSize: 100,
      results: [
        { id: "062030113011", name: "Wysokie Mazowieckie", values: [{ year: "2023", val: 9000, attrId: 1 }] },
        {
          id: "062030113042",
          name: "Klukowo",
          values: [
            { year: "2022", val: null, attrId: 0 },
            { year: "2023", val: 3000, attrId: 1 },
          ],
        },
        { id: "062030113034", name: "Czyżew - miasto", values: [{ year: "2023", val: 2500, attrId: 1 }] },
      ],
    };
    const { series, skipped } = seriesFromBdl(json, partnership, {
      ...header("ludnosc", "count"),
      bdlVariableId: "72305",
    });
    expect(series.values).toEqual(population.values);
    expect(skipped).toEqual([{ unitId: "062030113034", name: "Czyżew - miasto" }]);
  });

  it("reads a BDL /data/by-unit file for the variable asked", () => {
    const json = {
      unitId: "062030113042",
      unitName: "Klukowo",
      aggregateId: 0,
      results: [
        { id: 72305, measureUnitId: 1, values: [{ year: "2023", val: 3000, attrId: 1 }] },
        { id: 60270, measureUnitId: 1, values: [{ year: "2023", val: 12.5, attrId: 1 }] },
      ],
    };
    const { series } = seriesFromBdl(json, partnership, {
      ...header("ludnosc", "count"),
      bdlVariableId: "72305",
    });
    expect(series.values).toEqual([{ memberId: "klukowo", year: 2023, value: 3000 }]);
  });

  it("reads CSV with semicolons and decimal commas, naming bad lines", () => {
    const series = seriesFromCsv(
      "terc;year;value\r\n2013011;2023;4\r\n2013042;2023;7,5\r\n",
      partnership,
      header("b", "rate"),
    );
    expect(series.values).toEqual([
      { memberId: "miasto", year: 2023, value: 4 },
      { memberId: "klukowo", year: 2023, value: 7.5 },
    ]);
    try {
      seriesFromCsv("memberId,year,value\nnobody,2023,1\nmiasto,2023,\n", partnership, header("b", "rate"));
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        { path: "line 2.memberId", message: "nobody is not a member of p" },
        { path: "line 3.value", message: "must be a number" },
      ]);
    }
  });

  it("passes BDL and CSV imports through the exchange document unchanged", () => {
    const fromCsv = seriesFromCsv(seriesToCsv(unemployment), partnership, header("bezrobocie", "rate"));
    expect(fromCsv.values).toEqual(unemployment.values);
    const document = createExchangeDocument({
      partnership,
      exportedAt: new Date("2026-11-27T12:00:00Z"),
      series: [population, { ...fromCsv, reference: unemployment.reference }],
    });
    const back = parseExchangeDocument(JSON.parse(JSON.stringify(document)));
    expect(back.series).toEqual([population, unemployment]);
  });
});
