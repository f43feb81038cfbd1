import * as z from "zod/mini";
import { Instant } from "../schema/common.js";
import { parse } from "../schema/parse.js";
import { Partnership } from "../schema/partnership.js";
import { SurveyResponse } from "../schema/response.js";
import { Survey } from "../schema/survey.js";
import { ValidationError } from "../store/errors.js";

export const exchangeFormat = "cwd.partnership/v1";

/**
 * The exchange document (`cwd.partnership/v1`): a whole partnership with its surveys and, when
 * asked for, their responses, as one JSON file that other partnerships and tools can read.
 */
export const ExchangeDocument = z.object({
  format: z.literal(exchangeFormat),
  exportedAt: Instant,
  partnership: Partnership,
  surveys: z.array(Survey),
  responses: z.optional(z.array(SurveyResponse)),
});
export type ExchangeDocument = z.infer<typeof ExchangeDocument>;

/**
 * Reads an exchange document from parsed JSON, checking the format, each schema and that every survey
 * and response belongs to the partnership and its surveys. Throws ValidationError naming each field.
 */
export function parseExchangeDocument(input: unknown): ExchangeDocument {
  const format = (input as { format?: unknown } | null)?.format;
  if (typeof format === "string" && format !== exchangeFormat) {
    throw new ValidationError([
      { path: "format", message: `${format} is not supported; expected ${exchangeFormat}` },
    ]);
  }
  const document = parse(ExchangeDocument, input);
  const issues: { path: string; message: string }[] = [];
  const surveyIds = new Set<string>();
  document.surveys.forEach((survey, i) => {
    if (survey.partnershipId !== document.partnership.id) {
      issues.push({ path: `surveys.${i}.partnershipId`, message: `must be ${document.partnership.id}` });
    }
    if (surveyIds.has(survey.id))
      issues.push({ path: `surveys.${i}.id`, message: `survey ${survey.id} appears twice` });
    surveyIds.add(survey.id);
  });
  document.responses?.forEach((response, i) => {
    if (response.partnershipId !== document.partnership.id) {
      issues.push({ path: `responses.${i}.partnershipId`, message: `must be ${document.partnership.id}` });
    }
    if (!surveyIds.has(response.surveyId)) {
      issues.push({
        path: `responses.${i}.surveyId`,
        message: `${response.surveyId} is not a survey in this document`,
      });
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return document;
}

/** Builds an exchange document; versions are left out, as they belong to the store that wrote them. */
export function createExchangeDocument(content: {
  partnership: Partnership;
  surveys: Survey[];
  responses?: SurveyResponse[];
  exportedAt: Date;
}): ExchangeDocument {
  return {
    format: exchangeFormat,
    exportedAt: content.exportedAt.toISOString(),
    partnership: withoutVersion(content.partnership),
    surveys: content.surveys.map(withoutVersion),
    ...(content.responses ? { responses: content.responses } : {}),
  };
}

function withoutVersion<T extends { version?: number }>(document: T): T {
  const { version: _version, ...rest } = document;
  return rest as T;
}
