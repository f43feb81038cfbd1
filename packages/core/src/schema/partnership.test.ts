import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { issuesOf, parse } from "./parse.js";
import { Partnership } from "./partnership.js";

// The demo document holds the real members of Partnerstwo Ziemia Wysokomazowiecka (TERYT, 2024-01-01).
const demo = JSON.parse(
  readFileSync(new URL("../../../cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);

describe("Partnership", () => {
  it("accepts the 11 real members of Ziemia Wysokomazowiecka", () => {
    const partnership = parse(Partnership, demo.partnership);
    expect(partnership.members).toHaveLength(11);
    expect(partnership.members.map((m) => m.terc)).toEqual([
      "2013",
      "2013011",
      "2013102",
      "2013023",
      "2013033",
      "2013042",
      "2013052",
      "2013062",
      "2013072",
      "2013082",
      "2013093",
    ]);
    expect(partnership.members[0]?.population).toMatchObject({ value: 57051, year: 2019 });
  });

  it("names the member field whose TERC code does not fit its kind", () => {
    const members = structuredClone(demo.partnership.members);
    members[5].kind = "gmina_miejska"; // Klukowo is a gmina wiejska (RODZ 2)
    expect(issuesOf(Partnership, { ...demo.partnership, members })).toEqual([
      { path: "members.5.terc", message: "a gmina miejska's TERC code ends in 1 (RODZ), not 2" },
    ]);
  });

  it("rejects members outside the voivodeship and repeated codes", () => {
    const members = structuredClone(demo.partnership.members);
    members[1].terc = "1413011";
    members[2].terc = "2013023";
    members[2].kind = "gmina_miejsko_wiejska";
    const issues = issuesOf(Partnership, { ...demo.partnership, members });
    expect(issues).toContainEqual({
      path: "members.1.terc",
      message: "TERC 1413011 is not in voivodeship 20",
    });
    expect(issues).toContainEqual({ path: "members.3.terc", message: "TERC 2013023 is used twice" });
  });

  it("requires a source and a reference year for population", () => {
    const members = structuredClone(demo.partnership.members);
    delete members[0].population.source;
    members[0].population.year = 1800;
    expect(issuesOf(Partnership, { ...demo.partnership, members })).toEqual([
      { path: "members.0.population.year", message: "must be a year from 1900 on" },
      { path: "members.0.population.source", message: "is required" },
    ]);
  });

  it("requires Polish text and an id fit for a URL", () => {
    const issues = issuesOf(Partnership, {
      ...demo.partnership,
      id: "Ziemia Wysokomazowiecka",
      name: { en: "x" },
    });
    expect(issues).toEqual([
      { path: "id", message: "must be 1-64 lower-case letters, digits or hyphens" },
      { path: "name.pl", message: "is required" },
    ]);
  });
});

describe("text fields", () => {
  it("refuse the NUL character, which no store can keep in JSON", () => {
    const issues = issuesOf(Partnership, { ...demo.partnership, name: { pl: "Ziemia\u0000" } });
    expect(issues).toEqual([{ path: "name.pl", message: "must not contain the NUL character" }]);
  });
});
