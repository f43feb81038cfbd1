import { describe, expect, it } from "vitest";
import { issuesOf } from "../schema/parse.js";
import { Partnership } from "../schema/partnership.js";
import { strategyChecklist } from "./checklist.js";
import type { Goal } from "./goal.js";
import { StrategySection } from "./strategy.js";

const goal = (id: string, level: Goal["level"], parentId?: string): Goal => ({
  id,
  partnershipId: "p",
  level,
  title: { pl: id },
  ...(parentId ? { parentId } : {}),
});

describe("strategyChecklist", () => {
  it("marks items 4–9 present when their section is filled, and says which are samples", () => {
    const items = strategyChecklist({
      goals: [goal("v", "vision"), goal("s", "strategic", "v")],
      indicators: [],
      strategy: {
        financing: { text: { pl: "FEdP 2021–2027" }, sample: true },
        spatial_model: { link: "https://example.pl/model.pdf" },
      },
    });
    const byId = Object.fromEntries(items.map((item) => [item.id, item]));
    expect(items.map((item) => item.id)).toHaveLength(9);
    expect(byId.strategic_goals).toMatchObject({ present: true, evidence: { kind: "count", count: 1 } });
    expect(byId.directions).toMatchObject({ present: false, evidence: { kind: "count", count: 0 } });
    expect(byId.financing).toMatchObject({
      present: true,
      sample: true,
      evidence: { kind: "section", text: true, link: false },
    });
    expect(byId.spatial_model).toMatchObject({
      present: true,
      sample: false,
      evidence: { kind: "section", text: false, link: true },
    });
    for (const id of ["spatial_policy", "osi_voivodeship", "osi_key", "implementation"])
      expect(byId[id]).toMatchObject({
        present: false,
        evidence: { kind: "section", text: false, link: false },
      });
  });

  it("marks every section missing when the partnership has none", () => {
    const items = strategyChecklist({ goals: [], indicators: [] });
    expect(items.filter((item) => item.present)).toEqual([]);
  });
});

describe("StrategySection and Partnership.strategy", () => {
  it("needs a text or a link, and an http(s) link", () => {
    expect(issuesOf(StrategySection, {})).toEqual([
      { path: "", message: "give the section's text, a link to it, or both" },
    ]);
    expect(issuesOf(StrategySection, { link: "ftp://x.pl/a" }).map((i) => i.path)).toEqual(["link"]);
  });

  it("names a bad section inside a partnership", () => {
    const partnership = {
      id: "p",
      name: { pl: "P" },
      voivodeship: { name: "podlaskie", terc: "20" },
      members: [{ id: "m", name: "M", kind: "gmina_wiejska", terc: "2013042" }],
      strategy: { financing: { link: "nie-adres" } },
    };
    expect(issuesOf(Partnership, partnership).map((i) => i.path)).toEqual(["strategy.financing.link"]);
  });
});
