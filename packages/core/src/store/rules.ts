import type * as z from "zod/mini";
import { CommentAnswer } from "../consultations/answer.js";
import { Comment } from "../consultations/comment.js";
import { admitComment } from "../consultations/comment-rules.js";
import { Consultation } from "../consultations/consultation.js";
import { ModerationStep } from "../consultations/moderation.js";
import { admitGoal } from "../goals/admit-goal.js";
import { Goal } from "../goals/goal.js";
import { Indicator } from "../goals/indicator.js";
import { goalLevels } from "../goals/vocabulary.js";
import { PlanAction } from "../plan/action.js";
import { admitAction } from "../plan/admit-action.js";
import { PlanEvent } from "../plan/event.js";
import { Practice } from "../plan/practice.js";
import { dependencyOrder } from "../plan/schedule.js";
import { admitSignup, EventSignup, signupLimit } from "../plan/signup.js";
import { Series } from "../portrait/series.js";
import { Project } from "../prioritisation/projects/project.js";
import { admitBallot, Ballot } from "../prioritisation/rounds/ballot.js";
import { Round } from "../prioritisation/rounds/round.js";
import { admitAssessment, RoundAssessment } from "../prioritisation/rounds/round-assessment.js";
import { maxVersion } from "../schema/common.js";
import { parse } from "../schema/parse.js";
import { Partnership } from "../schema/partnership.js";
import { SurveyResponse } from "../schema/response.js";
import { Survey } from "../schema/survey.js";
import { admitResponse, keptResponse } from "../surveys/admit-response.js";
import { surveyMembers } from "../surveys/members.js";
import { ConflictError } from "./errors.js";
import { type KindName, kinds } from "./kinds.js";
import type { CollectionName, DocumentOf, SubmissionKind, SubmissionOf } from "./store.js";

/** The schema each kind of the registry is parsed with at a store's edge. */
export const kindSchemas = {
  partnerships: Partnership,
  surveys: Survey,
  responses: SurveyResponse,
  projects: Project,
  rounds: Round,
  assessments: RoundAssessment,
  ballots: Ballot,
  actions: PlanAction,
  events: PlanEvent,
  signups: EventSignup,
  practices: Practice,
  goals: Goal,
  indicators: Indicator,
  series: Series,
  consultations: Consultation,
  comments: Comment,
  moderation: ModerationStep,
  answers: CommentAnswer,
} as const satisfies Record<KindName, z.ZodMiniType>;
/** The schemas of the document kinds and of the submission kinds, picked from `kindSchemas`. */
export const documentSchemas = pick("document");
export const submissionSchemas = pick("submission");

function pick<T extends "document" | "submission">(type: T) {
  return Object.fromEntries(
    Object.entries(kindSchemas).filter(([name]) => kinds[name as KindName].type === type),
  ) as { [K in KindName as (typeof kinds)[K]["type"] extends T ? K : never]: (typeof kindSchemas)[K] };
}

/**
 * What a submission must satisfy besides its schema, decided on the document it answers (its parent
 * in the registry of kinds): a response needs an open survey and answers that fit its questions
 * (a `member` answer one of the partnership's gminy). `now` is when the store receives it.
 */
export const submissionAdmission: {
  [K in SubmissionKind]: (
    parent: never,
    submission: SubmissionOf<K>,
    now: Date,
    partnership: Partnership,
  ) => void;
} = {
  responses: (survey: Survey, response, now, partnership) =>
    admitResponse(
      survey,
      response,
      now,
      surveyMembers(partnership).map((m) => m.id),
    ),
  assessments: (round: Round, assessment, now) => admitAssessment(round, assessment, now),
  ballots: (round: Round, ballot, now) => admitBallot(round, ballot, now),
  signups: (event: PlanEvent, signup, now) => admitSignup(event, signup, now),
  comments: (consultation: Consultation, comment, now) => admitComment(consultation, comment, now),
  // Moderation goes on after a consultation closes (a late report, an answer's follow-up).
  moderation: () => {},
};

/** What a store keeps of an admitted submission, where that is less than was sent. */
export const submissionKept: {
  [K in SubmissionKind]?: (parent: never, submission: SubmissionOf<K>) => SubmissionOf<K>;
} = {
  responses: (survey: Survey, response) => keptResponse(survey, response),
};

/**
 * What a document must satisfy against the other stored documents of its kind in its partnership,
 * decided each time one is saved: a goal keeps the goal tree sound, an action's dependencies stay
 * free of cycles. `stored` holds the kind's documents as stored now (the one saved among them if it exists).
 */
export const documentAdmission: {
  [C in CollectionName]?: (document: DocumentOf<C>, stored: DocumentOf<C>[]) => void;
} = {
  goals: admitGoal,
  actions: admitAction,
};

/**
 * The order an import writes a kind's documents in so that each is admitted (`documentAdmission`):
 * goals from the vision down, actions after those they depend on. Expects a checked document.
 */
export const importOrder: {
  [C in CollectionName]?: (documents: DocumentOf<C>[]) => DocumentOf<C>[];
} = {
  goals: (goals) => [...goals].sort((a, b) => goalLevels.indexOf(a.level) - goalLevels.indexOf(b.level)),
  actions: (actions) => dependencyOrder(actions),
};

/**
 * How many submissions one parent takes at most (an event's places), and what the one beyond is
 * told. Admission cannot decide it: two submissions read the same parent at once. The store passes
 * the limit to its driver, which counts and inserts atomically.
 */
export const submissionLimits: {
  [K in SubmissionKind]?: (parent: never) => { max: number; message: string } | undefined;
} = {
  signups: (event: PlanEvent) => signupLimit(event),
};

/** Parses a document handed to `Store.put`; ValidationError names each bad field. */
export function parseDocument<C extends CollectionName>(collection: C, input: unknown): DocumentOf<C> {
  return parse(documentSchemas[collection], input) as DocumentOf<C>;
}

/** Parses a submission handed to `Store.submit`. */
export function parseSubmission<K extends SubmissionKind>(kind: K, input: unknown): SubmissionOf<K> {
  return parse(submissionSchemas[kind], input) as SubmissionOf<K>;
}

/**
 * The version a write produces, given the version stored now (undefined: none) and the version the
 * writer read (undefined: it means to create). Throws ConflictError on a stale or clashing write.
 *
 * @example
 * nextVersion(undefined, undefined) // 1 (create)
 * nextVersion(3, 3) // 4 (update what was read)
 * nextVersion(4, 3) // ConflictError: someone else wrote version 4
 */
export function nextVersion(stored: number | undefined, read: number | undefined, what: string): number {
  if (stored === undefined && read === undefined) return 1;
  if (stored === undefined) throw new ConflictError(`${what} does not exist; create it without a version`);
  if (read === undefined)
    throw new ConflictError(`${what} already exists (version ${stored}); send the version you read`, stored);
  if (read !== stored)
    throw new ConflictError(`${what} is at version ${stored}, not ${read}; reload and try again`, stored);
  if (stored >= maxVersion)
    throw new ConflictError(
      `${what} has reached the highest version (${maxVersion}); copy it to a new id`,
      stored,
    );
  return stored + 1;
}

/** The same content, whatever the order of object keys: decides whether a resubmission is a retry. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** JSON with object keys sorted, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : v,
  );
}
