import * as z from "zod/mini";
import { Partnership } from "../schema/partnership.js";
import { SurveyResponse } from "../schema/response.js";
import { Survey } from "../schema/survey.js";
import { ExchangeDocument } from "./exchange.js";

const published = {
  partnership: Partnership,
  survey: Survey,
  "survey-response": SurveyResponse,
  "exchange-document": ExchangeDocument,
};

/**
 * JSON Schema (draft 2020-12) of each published format, generated from the zod schemas, for tools in
 * other languages. Rules that JSON Schema cannot express (TERC code against member kind, unique ids)
 * are checked only by `parse`.
 */
export function jsonSchemas(): Record<keyof typeof published, object> {
  return Object.fromEntries(
    Object.entries(published).map(([name, schema]) => [
      name,
      { $id: `urn:cwd:schema:${name}:v1`, ...z.toJSONSchema(schema, { io: "input" }) },
    ]),
  ) as Record<keyof typeof published, object>;
}
