import * as z from "zod/mini";
import { surveyDefinitionProblems } from "../surveys/definition.js";
import { surveyAudiences, surveyStatuses } from "../surveys/vocabulary.js";
import { DocumentId, Instant, LocalisedText, Version } from "./common.js";
import { Condition } from "./condition.js";

/** Who a survey asks (adresaci ankiety): residents, final-year pupils, local leaders. */
export const SurveyAudience = z.enum(surveyAudiences);
export type SurveyAudience = z.infer<typeof SurveyAudience>;

/** draft: being prepared, not public; open: takes responses; closed: public, takes none. */
export const SurveyStatus = z.enum(surveyStatuses);
export type SurveyStatus = z.infer<typeof SurveyStatus>;

const questionBase = {
  id: DocumentId,
  text: LocalisedText,
  help: z.optional(LocalisedText),
  required: z.boolean(),
  /** Shown only when this holds on earlier answers; always shown without it. */
  showIf: z.optional(Condition),
};

export const ChoiceOption = z.object({ id: DocumentId, label: LocalisedText });
export type ChoiceOption = z.infer<typeof ChoiceOption>;
const options = z
  .array(ChoiceOption)
  .check(z.minLength(2, "a choice question has at least 2 options"), z.maxLength(100));

const choiceExtras = {
  /** Label of an "other, please specify" option, offered last when present (id `other`). */
  other: z.optional(LocalisedText),
  /** Label of an exclusive "none of these" option, offered last when present (id `none`). */
  none: z.optional(LocalisedText),
  /** Show the options in a random order per respondent (other and none stay last). */
  randomiseOptions: z.optional(z.boolean()),
};

/** Pick one option (pytanie jednokrotnego wyboru), as radio buttons or a dropdown. */
export const SingleChoiceQuestion = z.object({
  ...questionBase,
  type: z.literal("single_choice"),
  options,
  ...choiceExtras,
  display: z.optional(z.enum(["radio", "dropdown"])),
});

const choiceCount = z.int().check(z.gte(1, "must be 1 or more"));

/** Pick any number of options, within optional bounds (pytanie wielokrotnego wyboru). */
export const MultipleChoiceQuestion = z.object({
  ...questionBase,
  type: z.literal("multiple_choice"),
  options,
  ...choiceExtras,
  minChoices: z.optional(choiceCount),
  maxChoices: z.optional(choiceCount),
});

const scaleBounds = {
  min: z.int().check(z.gte(0, "must be 0 or more"), z.lte(10, "must be 10 or less")),
  max: z.int().check(z.gte(1, "must be 1 or more"), z.lte(10, "must be 10 or less")),
  minLabel: z.optional(LocalisedText),
  maxLabel: z.optional(LocalisedText),
};

/** A rating on a whole-number scale, such as 1 to 5 or 0 to 10 (skala ocen). */
export const ScaleQuestion = z.object({
  ...questionBase,
  type: z.literal("scale"),
  ...scaleBounds,
  /** Label of a "don't know" answer (`dont-know`), left out of means. */
  dontKnow: z.optional(LocalisedText),
});

export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestion>;
export type MultipleChoiceQuestion = z.infer<typeof MultipleChoiceQuestion>;
export type ScaleQuestion = z.infer<typeof ScaleQuestion>;

/** A free-text answer (pytanie otwarte). */
export const TextQuestion = z.object({
  ...questionBase,
  type: z.literal("text"),
  multiline: z.boolean(),
  maxLength: z.int().check(z.gte(1, "must be 1 or more"), z.lte(10000, "must be 10000 or less")),
});

export type TextQuestion = z.infer<typeof TextQuestion>;

/** Rows rated on one scale (pytanie macierzowe); the answer maps row ids to values. */
export const MatrixQuestion = z.object({
  ...questionBase,
  type: z.literal("matrix"),
  rows: z.array(ChoiceOption).check(z.minLength(1, "a matrix has at least one row"), z.maxLength(50)),
  ...scaleBounds,
});
export type MatrixQuestion = z.infer<typeof MatrixQuestion>;

/** Put options in order of preference: all of them, or the `top` first (ranking). */
export const RankingQuestion = z.object({
  ...questionBase,
  type: z.literal("ranking"),
  options,
  randomiseOptions: z.optional(z.boolean()),
  top: z.optional(z.int().check(z.gte(1, "must be 1 or more"))),
});
export type RankingQuestion = z.infer<typeof RankingQuestion>;

/** A number, within optional bounds, whole or not (pytanie liczbowe). */
export const NumberQuestion = z.object({
  ...questionBase,
  type: z.literal("number"),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  integer: z.boolean(),
});
export type NumberQuestion = z.infer<typeof NumberQuestion>;

const calendarDate = z.iso.date({ error: "must be a date YYYY-MM-DD" });

/** A calendar date, YYYY-MM-DD, within optional bounds. */
export const DateQuestion = z.object({
  ...questionBase,
  type: z.literal("date"),
  min: z.optional(calendarDate),
  max: z.optional(calendarDate),
});
export type DateQuestion = z.infer<typeof DateQuestion>;

/** A box to tick to agree (zgoda); when required, the answer must be `true`. */
export const ConsentQuestion = z.object({ ...questionBase, type: z.literal("consent") });
export type ConsentQuestion = z.infer<typeof ConsentQuestion>;

/**
 * Which member gmina the respondent lives in. No options of its own: they are the partnership's
 * gminy (not the powiat, since every resident lives in one gmina); the answer is the member's id.
 */
export const MemberQuestion = z.object({ ...questionBase, type: z.literal("member") });
export type MemberQuestion = z.infer<typeof MemberQuestion>;

export const Question = z.discriminatedUnion("type", [
  SingleChoiceQuestion,
  MultipleChoiceQuestion,
  ScaleQuestion,
  TextQuestion,
  MatrixQuestion,
  RankingQuestion,
  NumberQuestion,
  DateQuestion,
  ConsentQuestion,
  MemberQuestion,
]);
export type Question = z.infer<typeof Question>;
export type QuestionType = Question["type"];

/** The most questions one survey may have, all sections together; a response has at most as many answers. */
export const maxQuestions = 500;

export const SurveySection = z.object({
  id: DocumentId,
  title: LocalisedText,
  description: z.optional(LocalisedText),
  /** Shown only when this holds on answers in earlier sections. */
  showIf: z.optional(Condition),
  questions: z.array(Question).check(z.minLength(1, "a section has at least one question"), z.maxLength(200)),
});
export type SurveySection = z.infer<typeof SurveySection>;

/** A questionnaire (ankieta) of a partnership, in sections. */
export const Survey = z
  .object({
    id: DocumentId,
    partnershipId: DocumentId,
    version: z.optional(Version),
    title: LocalisedText,
    description: z.optional(LocalisedText),
    audience: SurveyAudience,
    status: SurveyStatus,
    /** Takes responses from this instant; shown in Europe/Warsaw time. */
    opensAt: z.optional(Instant),
    closesAt: z.optional(Instant),
    /**
     * One answer per person by invitation: only responses with one of these codes are taken, each code
     * once (`cwd codes create`). The survey keeps digests, never the codes.
     */
    invitationCodes: z.optional(
      z.object({
        digests: z
          .array(z.string().check(z.regex(/^[0-9a-f]{32}$/, "must be 32 hex digits")))
          .check(z.maxLength(5000)),
      }),
    ),
    /** Layers the widget adds: a marker on the device after a response; kiosk mode clearing itself for the next person. */
    deviceMarker: z.optional(z.boolean()),
    kiosk: z.optional(z.boolean()),
    /** Results are public while the survey is still open (they always are once it is closed). */
    resultsPublished: z.optional(z.boolean()),
    sections: z
      .array(SurveySection)
      .check(z.minLength(1, "a survey has at least one section"), z.maxLength(50)),
  })
  .check(
    z.superRefine((survey, ctx) => {
      for (const { path, message } of surveyDefinitionProblems(survey as Survey)) {
        ctx.issues.push({ code: "custom", message, path, input: undefined });
      }
    }),
  );
export type Survey = z.infer<typeof Survey>;
