import type { KindName, Partnership, Survey, SurveyResponse } from "@cwd/core";

// Small, real facts: members of Partnerstwo Ziemia Wysokomazowiecka with their TERYT TERC codes
// (see packages/cli/demo/SOURCES.md). Each call returns a new object, so tests may change it freely.

export const partnershipId = "ziemia-wysokomazowiecka";

/** Partnerstwo Ziemia Wysokomazowiecka with three of its members (podlaskie, TERC 20). */
export function partnershipFixture(): Partnership {
  return {
    id: partnershipId,
    name: { pl: "Partnerstwo Ziemia Wysokomazowiecka", en: "Ziemia Wysokomazowiecka Partnership" },
    voivodeship: { name: "podlaskie", terc: "20" },
    members: [
      {
        id: "miasto-wysokie-mazowieckie",
        name: "Miasto Wysokie Mazowieckie",
        kind: "gmina_miejska",
        terc: "2013011",
        population: { value: 9415, year: 2019, source: "Wikipedia (en), Wysokie Mazowieckie County, 2019" },
        area: { value: 15.2, year: 2019, source: "Wikipedia (en), Wysokie Mazowieckie County, 2019" },
      },
      { id: "gmina-klukowo", name: "Gmina Klukowo", kind: "gmina_wiejska", terc: "2013042" },
      { id: "powiat-wysokomazowiecki", name: "Powiat Wysokomazowiecki", kind: "powiat", terc: "2013" },
    ],
  };
}

/** A second partnership, only to show that one partnership never sees another's data. */
export function otherPartnershipFixture(): Partnership {
  return {
    id: "partnerstwo-testowe",
    name: { pl: "Partnerstwo testowe" },
    voivodeship: { name: "podlaskie", terc: "20" },
    members: [{ id: "gmina-czyzew", name: "Gmina Czyżew", kind: "gmina_miejsko_wiejska", terc: "2013033" }],
  };
}

/** An open residents' survey with one question of each type; `gmina` and `ocena` are required. */
export function surveyFixture(overrides: Partial<Survey> = {}): Survey {
  return {
    id: "ankieta-mieszkancow",
    partnershipId,
    title: { pl: "Ankieta dla mieszkańców Ziemi Wysokomazowieckiej" },
    audience: "residents",
    status: "open",
    sections: [
      {
        id: "miejsce",
        title: { pl: "Miejsce zamieszkania", en: "Where you live" },
        questions: [
          {
            id: "gmina",
            type: "single_choice",
            required: true,
            text: { pl: "W której gminie Pan/Pani mieszka?" },
            options: [
              { id: "miasto-wysokie-mazowieckie", label: { pl: "Miasto Wysokie Mazowieckie" } },
              { id: "gmina-klukowo", label: { pl: "Gmina Klukowo" } },
            ],
          },
          {
            id: "ocena",
            type: "scale",
            required: true,
            min: 1,
            max: 5,
            text: { pl: "Jak ocenia Pan/Pani swoją gminę jako miejsce do życia?" },
          },
          {
            id: "potrzeby",
            type: "multiple_choice",
            required: false,
            maxChoices: 2,
            text: { pl: "Co najbardziej wymaga poprawy?" },
            options: [
              { id: "drogi", label: { pl: "Drogi i chodniki" } },
              { id: "autobusy", label: { pl: "Komunikacja publiczna" } },
              { id: "zdrowie", label: { pl: "Opieka zdrowotna" } },
            ],
          },
          {
            id: "uwagi",
            type: "text",
            required: false,
            multiline: true,
            maxLength: 2000,
            text: { pl: "Uwagi" },
          },
        ],
      },
    ],
    ...overrides,
  };
}

/**
 * A response to `surveyFixture`. Give `n` for a distinct, valid id: ids sort in the order of `n`.
 */
export function responseFixture(n = 1, overrides: Partial<SurveyResponse> = {}): SurveyResponse {
  return {
    id: responseId(n),
    partnershipId,
    surveyId: "ankieta-mieszkancow",
    submittedAt: "2026-11-27T12:00:00Z",
    answers: {
      gmina: "gmina-klukowo",
      ocena: 4,
      potrzeby: ["drogi", "autobusy"],
      uwagi: "Więcej połączeń autobusowych do Białegostoku.",
    },
    ...overrides,
  };
}

/** A version-4 UUID made from a number, so tests can predict the order of ids. */
export function responseId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

/** `count` survey ids that sort in the order they are made: `ankieta-01`, `ankieta-02` … */
export function surveyIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `ankieta-${String(i + 1).padStart(2, "0")}`);
}

/**
 * One valid example of every kind in the registry of kinds, in partnership `partnershipId`, each one
 * admissible once the examples of the kinds before it are stored. The contract suite runs the same
 * cases on every kind through these, so a kind missing here fails the typecheck the day it is added.
 */
export const kindExamples: { [K in KindName]: () => object } = {
  partnerships: partnershipFixture,
  surveys: () => surveyFixture(),
  responses: () => responseFixture(1),
};
