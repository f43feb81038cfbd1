import type { SurveyResponse } from "../schema/response.js";
import type { Store } from "../store/store.js";
import { type AggregateOptions, aggregateSurvey, type SurveyResults } from "./statistics.js";

/**
 * Every response to one survey, page by page, so a caller holds one page at a time however many
 * there are.
 *
 * @example
 * for await (const response of responsesOf(store, "ziemia-wysokomazowiecka", "ankieta-mieszkancow")) …
 */
export async function* responsesOf(
  store: Store,
  partnershipId: string,
  surveyId: string,
): AsyncGenerator<SurveyResponse> {
  let cursor: string | undefined;
  do {
    const page = await store.listSubmissions("responses", {
      partnershipId,
      filter: { surveyId },
      cursor,
      limit: 100,
    });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/**
 * The results document of a stored survey: the survey, its partnership's members (for member
 * questions and weighting) and its responses, read from a store.
 *
 * @example
 * await surveyResults(store, "ziemia-wysokomazowiecka", "ankieta-mieszkancow", { by: "gmina" })
 */
export async function surveyResults(
  store: Store,
  partnershipId: string,
  surveyId: string,
  options: Omit<AggregateOptions, "members"> = {},
): Promise<SurveyResults> {
  const survey = await store.get("surveys", { partnershipId, id: surveyId });
  const partnership = await store.get("partnerships", { partnershipId, id: partnershipId });
  return aggregateSurvey(survey, responsesOf(store, partnershipId, surveyId), {
    ...options,
    members: partnership.members,
  });
}
