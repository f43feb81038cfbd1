import type { Goal } from "./goal.js";
import type { Indicator } from "./indicator.js";

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
 * Each required item of the strategy, present or missing in the partnership's data. Items the data
 * has no place for yet (spatial model, implementation, financing …) are missing, with that reason.
 *
 * @example
 * strategyChecklist({ goals, indicators }).find((i) => i.id === "directions")?.present // true
 */
export function strategyChecklist(data: {
  goals: readonly Goal[];
  indicators: readonly Indicator[];
}): { id: string; pl: string; en: string; present: boolean; evidence: string }[] {
  const count = (level: Goal["level"]) => data.goals.filter((goal) => goal.level === level).length;
  const found: Record<string, number | undefined> = {
    strategic_goals: count("strategic"),
    directions: count("direction"),
    results_indicators: data.indicators.length,
  };
  return strategyItems.map((item) => {
    const n = found[item.id];
    if (n === undefined) return { ...item, present: false, evidence: "not recorded in @cwd data" };
    return { ...item, present: n > 0, evidence: n > 0 ? `${n} in the data` : "none yet" };
  });
}
