/**
 * The kinds that belong to a document besides their partnership, and the field naming it: a
 * response belongs to its survey (`surveyId`), which must exist, and is sent to
 * `/partnerships/{pid}/surveys/{surveyId}/responses`. Part of the registry of kinds (`kinds.ts`),
 * kept in a module of its own because it is all a browser's HTTP client needs of it.
 */
export const kindParents = {
  responses: { kind: "surveys", field: "surveyId" },
  assessments: { kind: "rounds", field: "roundId" },
  ballots: { kind: "rounds", field: "roundId" },
  signups: { kind: "events", field: "eventId" },
  comments: { kind: "consultations", field: "consultationId" },
  moderation: { kind: "consultations", field: "consultationId" },
} as const;
