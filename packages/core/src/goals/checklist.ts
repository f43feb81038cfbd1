import type { Goal } from "./goal.js";
import type { Indicator } from "./indicator.js";
import type { StrategySections } from "./strategy.js";

/**
 * The content a supra-local strategy must have (art. 10e ust. 3 u.s.g., applied by art. 10g ust. 3):
 * items 1–9 (the conclusions from the diagnosis that precede them are the portrait).
 */
export const strategyItems = [
  {
    id: "strategic_goals",
    pl: "Cele strategiczne (społeczne, gospodarcze, przestrzenne)",
    en: "Strategic goals (social, economic, spatial)",
  },
  { id: "directions", pl: "Kierunki działań", en: "Directions of action" },
  {
    id: "results_indicators",
    pl: "Oczekiwane rezultaty i wskaźniki",
    en: "Expected results and their indicators",
  },
  {
    id: "spatial_model",
    pl: "Model struktury funkcjonalno-przestrzennej",
    en: "Model of the functional-spatial structure",
  },
  {
    id: "spatial_policy",
    pl: "Ustalenia i rekomendacje dla polityki przestrzennej",
    en: "Findings and recommendations for spatial policy",
  },
  {
    id: "osi_voivodeship",
    pl: "OSI z strategii województwa i planowane działania",
    en: "Areas of strategic intervention from the voivodeship strategy, with planned actions",
  },
  {
    id: "osi_key",
    pl: "Kluczowe OSI dla obszaru (jeśli są)",
    en: "Areas of strategic intervention key for the area (if any)",
  },
  {
    id: "implementation",
    pl: "System realizacji, z wytycznymi dla dokumentów wykonawczych",
    en: "Implementation system, with guidelines for executive documents",
  },
  {
    id: "financing",
    pl: "Ramy finansowe i źródła finansowania",
    en: "Financial framework and sources of funding",
  },
] as const;

/**
 * What shows an item of the checklist present or missing: for items 1–3, how many goals or
 * indicators the data has; for items 4–9, whether the strategy's section has a text and a link.
 * Data, not words, so each page can say it in its own language.
 */
export type ChecklistEvidence =
  | { kind: "count"; count: number }
  | { kind: "section"; text: boolean; link: boolean };

/**
 * Each required item of the strategy, present or missing in the partnership's data: items 1–3 from
 * its goals and indicators, items 4–9 from the sections of its strategy (`Partnership.strategy`),
 * present when filled with a text or a link. `sample` marks what was made up for a demonstration.
 *
 * @example
 * strategyChecklist({ goals, indicators, strategy: { financing: { link: "https://…" } } })
 *   .find((i) => i.id === "financing")
 * // { present: true, evidence: { kind: "section", text: false, link: true }, … }
 */
export function strategyChecklist(data: {
  goals: readonly Goal[];
  indicators: readonly Indicator[];
  strategy?: StrategySections;
}): { id: string; pl: string; en: string; present: boolean; sample: boolean; evidence: ChecklistEvidence }[] {
  const count = (level: Goal["level"]) => data.goals.filter((goal) => goal.level === level).length;
  const counted: Record<string, number | undefined> = {
    strategic_goals: count("strategic"),
    directions: count("direction"),
    results_indicators: data.indicators.length,
  };
  return strategyItems.map((item) => {
    const n = counted[item.id];
    if (n !== undefined)
      return { ...item, present: n > 0, sample: false, evidence: { kind: "count", count: n } };
    const section = data.strategy?.[item.id as keyof StrategySections];
    const text = section?.text !== undefined;
    const link = section?.link !== undefined;
    return {
      ...item,
      present: text || link,
      sample: section?.sample === true,
      evidence: { kind: "section", text, link },
    };
  });
}
