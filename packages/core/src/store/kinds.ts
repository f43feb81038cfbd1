import type { Action } from "../auth/roles.js";
import { moderationActions } from "../consultations/vocabulary.js";
import { goalLevels } from "../goals/vocabulary.js";
import { actionStatuses, eventKinds } from "../plan/vocabulary.js";
import { projectStatuses, roundStatuses, roundTypes } from "../prioritisation/vocabulary.js";
import { surveyAudiences, surveyStatuses } from "../surveys/vocabulary.js";
import { kindParents } from "./kind-parents.js";

/**
 * How a list may be filtered on a field: by one of a fixed list of values, or by a document id.
 * Other values are a mistake (400 naming the field), not an empty result.
 */
export type FilterRule = readonly string[] | "id";

/**
 * One kind the stores keep, declared as data: what every adapter and the handler read to know its
 * place. Kept free of zod (the schemas are bound to the same names in `rules.ts`). Its name is its URL
 * segment (`/api/partnerships/{pid}/surveys`), and its parent, if any, is declared in
 * `kind-parents.ts`, which is all that a widget's HTTP client needs of the registry.
 */
export interface KindDeclaration {
  /** `document`: versioned, written over the version read; `submission`: append-only, idempotent. */
  type: "document" | "submission";
  /** One of them, in messages: "survey ankieta is not in this document". */
  noun: string;
  /** Its field in the exchange document (`cwd.partnership/v1`): an array, or the partnership itself. */
  exchange: string;
  /** The array is in every exchange document (surveys, there from the first version); others may be absent. */
  exchangeRequired?: true;
  /** The name of its JSON Schema (`json-schema/<name>.schema.json`, `urn:cwd:schema:<name>:v1`). */
  schemaName: string;
  /**
   * The document it belongs to besides its partnership, and the field naming it: a response belongs
   * to its survey (`surveyId`), which must exist. Absent when the partnership is its only parent.
   */
  parent?: { kind: string; field: string };
  /** The fields its lists can be filtered on (exact match), and the values each takes. */
  filters: Readonly<Record<string, FilterRule>>;
  /**
   * Who may read its items: `public` (anyone, except the items `hiddenFromPublic` keeps back), or
   * only a caller whose role may take that action in the partnership (raw responses: `readResponses`).
   */
  read: "public" | Action;
  /**
   * Items the public does not see, by the value of one field (a draft survey); a caller who may
   * `readDrafts` in the partnership sees them. To the public they do not exist (404, left out of lists).
   */
  hiddenFromPublic?: { field: string; values: readonly string[] };
  /**
   * Who may write: for a document, the action a caller needs to create or update it; for a
   * submission, `public` (anyone may submit, as residents do) or the action needed.
   */
  write: "public" | Action;
}

/**
 * The registry of kinds: every collection and submission kind of the Store, declared once.
 * A partnership is its own scope; every other kind is scoped by its `partnershipId`. The order is
 * the order of dependence: a kind comes after the kinds it refers to, and is imported in that order.
 */
export const kinds = {
  partnerships: {
    type: "document",
    noun: "partnership",
    exchange: "partnership",
    schemaName: "partnership",
    filters: {},
    read: "public",
    write: "writeDocuments",
  },
  surveys: {
    type: "document",
    noun: "survey",
    exchange: "surveys",
    exchangeRequired: true,
    schemaName: "survey",
    filters: { audience: surveyAudiences, status: surveyStatuses },
    read: "public",
    hiddenFromPublic: { field: "status", values: ["draft"] },
    write: "writeDocuments",
  },
  responses: {
    type: "submission",
    noun: "response",
    exchange: "responses",
    schemaName: "survey-response",
    parent: kindParents.responses,
    filters: { surveyId: "id" },
    read: "readResponses",
    write: "public",
  },
  projects: {
    type: "document",
    noun: "project",
    exchange: "projects",
    schemaName: "project",
    filters: { status: projectStatuses },
    read: "public",
    write: "writeDocuments",
  },
  rounds: {
    type: "document",
    noun: "round",
    exchange: "rounds",
    schemaName: "round",
    filters: { type: roundTypes, status: roundStatuses },
    read: "public",
    hiddenFromPublic: { field: "status", values: ["draft"] },
    write: "writeDocuments",
  },
  assessments: {
    type: "submission",
    noun: "assessment",
    exchange: "assessments",
    schemaName: "assessment",
    parent: kindParents.assessments,
    filters: { roundId: "id", projectId: "id", assessorId: "id" },
    read: "readResponses",
    write: "submitAssessments",
  },
  ballots: {
    type: "submission",
    noun: "ballot",
    exchange: "ballots",
    schemaName: "ballot",
    parent: kindParents.ballots,
    filters: { roundId: "id" },
    // Anonymous approval sets, published as Pabulib publishes them, so that anyone can recount.
    read: "public",
    write: "public",
  },
  actions: {
    type: "document",
    noun: "action",
    exchange: "actions",
    schemaName: "plan-action",
    filters: { status: actionStatuses, goalId: "id", lead: "id" },
    read: "public",
    write: "writeDocuments",
  },
  events: {
    type: "document",
    noun: "event",
    exchange: "events",
    schemaName: "plan-event",
    filters: { kind: eventKinds },
    read: "public",
    write: "writeDocuments",
  },
  signups: {
    type: "submission",
    noun: "sign-up",
    exchange: "signups",
    schemaName: "event-signup",
    parent: kindParents.signups,
    filters: { eventId: "id" },
    read: "readResponses",
    write: "public",
  },
  practices: {
    type: "document",
    noun: "good practice",
    exchange: "practices",
    schemaName: "practice",
    filters: {},
    read: "public",
    write: "writeDocuments",
  },
  goals: {
    type: "document",
    noun: "goal",
    exchange: "goals",
    schemaName: "goal",
    filters: { level: goalLevels, parentId: "id" },
    read: "public",
    write: "writeDocuments",
  },
  indicators: {
    type: "document",
    noun: "indicator",
    exchange: "indicators",
    schemaName: "indicator",
    filters: { goalId: "id" },
    read: "public",
    write: "writeDocuments",
  },
  series: {
    type: "document",
    noun: "series",
    exchange: "series",
    schemaName: "series",
    filters: {},
    read: "public",
    write: "writeDocuments",
  },
  consultations: {
    type: "document",
    noun: "consultation",
    exchange: "consultations",
    schemaName: "consultation",
    filters: {},
    read: "public",
    write: "writeDocuments",
  },
  // The public reads comments as threads computed from their moderation (comment routes); the
  // stored comments, awaiting ones included, are for moderators.
  comments: {
    type: "submission",
    noun: "comment",
    exchange: "comments",
    schemaName: "comment",
    parent: kindParents.comments,
    filters: { consultationId: "id" },
    read: "moderateComments",
    write: "public",
  },
  moderation: {
    type: "submission",
    noun: "moderation step",
    exchange: "moderation",
    schemaName: "moderation-step",
    parent: kindParents.moderation,
    filters: { consultationId: "id", commentId: "id", action: moderationActions },
    read: "moderateComments",
    write: "moderateComments",
  },
  answers: {
    type: "document",
    noun: "answer",
    exchange: "answers",
    schemaName: "comment-answer",
    filters: { consultationId: "id" },
    read: "public",
    write: "answerComments",
  },
} as const satisfies Record<string, KindDeclaration>;

export type KindName = keyof typeof kinds;
