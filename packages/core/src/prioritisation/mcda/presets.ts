import type { Criterion } from "./criteria.js";

/**
 * The CWD key-project criteria (kryteria wyboru projektów kluczowych): a key project should reach
 * beyond one gmina, solve more than one problem, serve more than one social group and use more than
 * one local potential. Each is scored 0 (no), 1 (partly) or 2 (fully), with equal weights.
 */
export const cwdCriteria: readonly Criterion[] = [
  {
    id: "ponadgminny-zasieg",
    label: { pl: "Oddziałuje na więcej niż jedną gminę", en: "Reaches beyond one gmina" },
    direction: "benefit",
    scale: { min: 0, max: 2 },
    weight: 0.25,
  },
  {
    id: "wiele-problemow",
    label: { pl: "Rozwiązuje więcej niż jeden problem", en: "Solves more than one problem" },
    direction: "benefit",
    scale: { min: 0, max: 2 },
    weight: 0.25,
  },
  {
    id: "wiele-grup-spolecznych",
    label: {
      pl: "Odpowiada na potrzeby więcej niż jednej grupy społecznej",
      en: "Serves more than one social group",
    },
    direction: "benefit",
    scale: { min: 0, max: 2 },
    weight: 0.25,
  },
  {
    id: "wiele-potencjalow",
    label: {
      pl: "Wykorzystuje więcej niż jeden potencjał obszaru",
      en: "Uses more than one local potential",
    },
    direction: "benefit",
    scale: { min: 0, max: 2 },
    weight: 0.25,
  },
];

/**
 * A typical EU-funds set: readiness (0 idea, 1 concept, 2 design, 3 permits in hand), cost-effectiveness
 * as rated by assessors (0–5), the applicant's own co-financing share in % of eligible cost (0–100) and
 * the number of partnership goals served (0–5). The weights are a starting point to adjust.
 */
export const euFundsCriteria: readonly Criterion[] = [
  {
    id: "gotowosc",
    label: { pl: "Gotowość do realizacji", en: "Readiness" },
    direction: "benefit",
    scale: { min: 0, max: 3 },
    weight: 0.3,
  },
  {
    id: "efektywnosc-kosztowa",
    label: { pl: "Efektywność kosztowa", en: "Cost-effectiveness" },
    direction: "benefit",
    scale: { min: 0, max: 5 },
    weight: 0.3,
  },
  {
    id: "wklad-wlasny",
    label: { pl: "Udział wkładu własnego (%)", en: "Co-financing share (%)" },
    direction: "benefit",
    scale: { min: 0, max: 100 },
    weight: 0.15,
  },
  {
    id: "cele",
    label: { pl: "Liczba celów, którym służy", en: "Goals served" },
    direction: "benefit",
    scale: { min: 0, max: 5 },
    weight: 0.25,
  },
];
