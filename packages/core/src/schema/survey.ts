import * as z from "zod/mini";
import { surveyAudiences, surveyStatuses } from "../surveys/vocabulary.js";
import { DocumentId, Instant, LocalisedText, Version } from "./common.js";

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
};

export const ChoiceOption = z.object({ id: DocumentId, label: LocalisedText });
export type ChoiceOption = z.infer<typeof ChoiceOption>;
const options = z
  .array(ChoiceOption)
  .check(z.minLength(2, "a choice question has at least 2 options"), z.maxLength(100));

/** Pick one option (pytanie jednokrotnego wyboru). */
export const SingleChoiceQuestion = z.object({ ...questionBase, type: z.literal("single_choice"), options });

/** Pick any number of options, within optional bounds (pytanie wielokrotnego wyboru). */
export const MultipleChoiceQuestion = z.object({
  ...questionBase,
  type: z.literal("multiple_choice"),
  options,
  maxChoices: z.optional(z.int().check(z.gte(1, "must be 1 or more"))),
});

/** A rating on a whole-number scale, such as 1 to 5 (skala ocen). */
export const ScaleQuestion = z.object({
  ...questionBase,
  type: z.literal("scale"),
  min: z.int().check(z.gte(0, "must be 0 or more"), z.lte(10, "must be 10 or less")),
  max: z.int().check(z.gte(1, "must be 1 or more"), z.lte(10, "must be 10 or less")),
  minLabel: z.optional(LocalisedText),
  maxLabel: z.optional(LocalisedText),
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

export const Question = z.discriminatedUnion("type", [
  SingleChoiceQuestion,
  MultipleChoiceQuestion,
  ScaleQuestion,
  TextQuestion,
]);
export type Question = z.infer<typeof Question>;
export type QuestionType = Question["type"];

/** The most questions one survey may have, all sections together; a response has at most as many answers. */
export const maxQuestions = 500;

export const SurveySection = z.object({
  id: DocumentId,
  title: LocalisedText,
  description: z.optional(LocalisedText),
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
    closesAt: z.optional(Instant),
    sections: z
      .array(SurveySection)
      .check(z.minLength(1, "a survey has at least one section"), z.maxLength(50)),
  })
  .check(
    z.superRefine((survey, ctx) => {
      const questionCount = survey.sections.reduce((sum, section) => sum + section.questions.length, 0);
      if (questionCount > maxQuestions) {
        ctx.issues.push({
          code: "custom",
          message: `has ${questionCount} questions; a survey has at most ${maxQuestions}`,
          path: ["sections"],
          input: survey.sections,
        });
      }
      const seenQuestions = new Set<string>();
      survey.sections.forEach((section, s) => {
        section.questions.forEach((question, q) => {
          const path = ["sections", s, "questions", q];
          if (seenQuestions.has(question.id)) {
            ctx.issues.push({
              code: "custom",
              message: `question id ${question.id} is used twice`,
              path: [...path, "id"],
              input: question.id,
            });
          }
          seenQuestions.add(question.id);
          if (question.type === "scale" && question.min >= question.max) {
            ctx.issues.push({
              code: "custom",
              message: "must be more than min",
              path: [...path, "max"],
              input: question.max,
            });
          }
          if (question.type === "single_choice" || question.type === "multiple_choice") {
            const seenOptions = new Set<string>();
            question.options.forEach((option, o) => {
              if (seenOptions.has(option.id)) {
                ctx.issues.push({
                  code: "custom",
                  message: `option id ${option.id} is used twice`,
                  path: [...path, "options", o, "id"],
                  input: option.id,
                });
              }
              seenOptions.add(option.id);
            });
          }
        });
      });
    }),
  );
export type Survey = z.infer<typeof Survey>;
