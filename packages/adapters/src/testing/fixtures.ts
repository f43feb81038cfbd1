import { cwdCriteria, type KindName, type Partnership, type Survey, type SurveyResponse } from "@cwd/core";

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

/** A candidate project, an assessment round and a budget vote on it, with one assessment and one ballot. */
export function prioritisationFixtures() {
  const project = {
    id: "swietlica-klukowo",
    partnershipId,
    title: { pl: "Świetlica wiejska w Klukowie" },
    leadMemberId: "gmina-klukowo",
    partnerMemberIds: [],
    estimatedCost: { amount: 120_000_000, currency: "PLN" },
    goalIds: [],
    readiness: "concept",
    timeline: { start: "2027-01-01", end: "2027-12-31" },
    status: "candidate",
    opinions: [],
    funding: [],
  };
  const assessmentRound = {
    id: "ocena",
    partnershipId,
    type: "assessment",
    title: { pl: "Ocena projektów" },
    status: "open",
    criteria: [...cwdCriteria],
    aggregation: "median",
    projectIds: [project.id],
  };
  const vote = {
    id: "glosowanie",
    partnershipId,
    type: "budget",
    title: { pl: "Głosowanie" },
    status: "open",
    budget: 100_000_00,
    currency: "PLN",
    ballot: { limit: "count", max: 1 },
    rule: { rule: "greedy" },
    candidates: [{ projectId: project.id, cost: 80_000_00 }],
  };
  const assessment = (n = 1) => ({
    id: responseId(1000 + n),
    partnershipId,
    roundId: assessmentRound.id,
    projectId: project.id,
    assessorId: "ekspert-1",
    submittedAt: "2026-11-20T10:00:00Z",
    scores: { "wiele-problemow": { score: 2 } },
  });
  const ballot = (n = 1) => ({
    id: responseId(2000 + n),
    partnershipId,
    roundId: vote.id,
    submittedAt: "2026-11-20T10:00:00Z",
    projectIds: [project.id],
  });
  return { project, assessmentRound, vote, assessment, ballot };
}

/** An action of the joint plan, a workshop with places to sign up for, a sign-up and a good practice. */
export function planFixtures() {
  const action = {
    id: "wspolny-transport",
    partnershipId,
    title: { pl: "Wspólny transport szkolny" },
    goalId: "cel-2",
    lead: "gmina-klukowo",
    start: "2026-03-01",
    end: "2026-06-30",
    status: "planned",
  };
  const event = {
    id: "warsztat-strategiczny",
    partnershipId,
    kind: "workshop",
    title: { pl: "Warsztat strategiczny" },
    start: "2099-03-29T10:00",
    end: "2099-03-29T14:00",
    place: { pl: "MOK Wysokie Mazowieckie" },
    signups: { capacity: 1000, informationClause: { pl: "Administratorem danych jest Gmina Klukowo." } },
  };
  const signup = (n = 1) => ({
    id: responseId(3000 + n),
    partnershipId,
    eventId: event.id,
    submittedAt: "2026-11-27T10:00:00Z",
    name: `Mieszkanka ${n}`,
    consent: true,
  });
  const practice = {
    id: "schronisko",
    partnershipId,
    title: { pl: "Wspólne schronisko dla zwierząt" },
    summary: { pl: "Cztery gminy utrzymują jedno schronisko." },
    ranBy: ["gmina-klukowo"],
  };
  return { action, event, signup, practice };
}

/** The vision of a goal tree, an indicator measuring it and a portrait series. */
export function goalFixtures() {
  const vision = { id: "wizja", partnershipId, level: "vision", title: { pl: "Wizja" } };
  const indicator = {
    id: "ludnosc",
    partnershipId,
    goalId: "wizja",
    name: { pl: "Ludność" },
    unit: "osoby",
    direction: "increase",
    baseline: { value: 100, year: 2020 },
    target: { value: 120, year: 2030 },
    measurements: [{ year: 2023, value: 104, source: "GUS BDL" }],
    source: "GUS BDL",
  };
  const series = {
    id: "ludnosc",
    partnershipId,
    variable: { pl: "Ludność" },
    unit: "osoby",
    measure: "count",
    values: [{ memberId: "miasto-wysokie-mazowieckie", year: 2023, value: 104 }],
    source: "GUS BDL",
  };
  return { vision, indicator, series };
}

/** A consultation open for comments, a comment on it, a reader's report of it and the official answer. */
export function consultationFixtures() {
  const consultation = {
    id: "konsultacje-diagnozy",
    partnershipId,
    title: { pl: "Projekt diagnozy" },
    kind: "strategy",
    subject: "document",
    sections: [
      {
        id: "demografia",
        title: { pl: "1. Demografia" },
        paragraphs: [{ id: "demografia-1", text: { pl: "Liczba mieszkańców spada od 2010 roku." } }],
      },
    ],
    noticeAt: "2026-01-01T09:00:00Z",
    opensAt: "2026-01-02T00:00:00Z",
    closesAt: "2099-12-31T23:00:00Z",
    channels: [],
    moderation: "after",
    hideAfterReports: 3,
  };
  const comment = (n = 1) => ({
    id: responseId(4000 + n),
    partnershipId,
    consultationId: consultation.id,
    target: { kind: "paragraph", id: "demografia-1" },
    stance: "against",
    text: "Brakuje danych o dojazdach do pracy.",
    submittedAt: "2026-02-01T10:00:00Z",
  });
  const report = (n = 1) => ({
    id: responseId(5000 + n),
    partnershipId,
    consultationId: consultation.id,
    commentId: comment().id,
    action: "report",
    at: "2026-02-02T10:00:00Z",
  });
  const answer = {
    id: comment().id,
    partnershipId,
    consultationId: consultation.id,
    commentId: comment().id,
    position: "accepted",
    justification: { pl: "Dodamy dane GUS o dojazdach." },
    answeredAt: "2026-03-01T10:00:00Z",
  };
  return { consultation, comment, report, answer };
}

/**
 * Valid examples of every kind in the registry of kinds, in partnership `partnershipId`; the first is
 * the kind's own example, and all of them are stored before the kinds that come later (a ballot needs
 * its vote). The contract suite runs the same cases on every kind through these, so a kind missing
 * here fails the typecheck the day it is added.
 */
export const kindExamples: { [K in KindName]: () => readonly object[] } = {
  partnerships: () => [partnershipFixture()],
  surveys: () => [surveyFixture()],
  responses: () => [responseFixture(1)],
  projects: () => [prioritisationFixtures().project],
  rounds: () => [prioritisationFixtures().vote, prioritisationFixtures().assessmentRound],
  assessments: () => [prioritisationFixtures().assessment()],
  ballots: () => [prioritisationFixtures().ballot()],
  actions: () => [planFixtures().action],
  events: () => [planFixtures().event],
  signups: () => [planFixtures().signup()],
  practices: () => [planFixtures().practice],
  goals: () => [goalFixtures().vision],
  indicators: () => [goalFixtures().indicator],
  series: () => [goalFixtures().series],
  consultations: () => [consultationFixtures().consultation],
  comments: () => [consultationFixtures().comment()],
  moderation: () => [consultationFixtures().report()],
  answers: () => [consultationFixtures().answer],
};
