import { readFile } from "node:fs/promises";
import {
  ConflictError,
  importPartnership,
  NotFoundError,
  parse,
  parseExchangeDocument,
  type Store,
  Survey,
  surveyMembers,
} from "@cwd/core";
import { sampleResponses } from "./sample-responses.js";
import { seedConsultations } from "./seed-consultations.js";

export const demoPartnershipId = "ziemia-wysokomazowiecka";
export const demoDocument = new URL("../demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url);
export const questionBanks = new URL("../demo/question-banks.json", import.meta.url);
/** The bank whose survey the demo shows closed, with SAMPLE responses, so its results have figures. */
export const sampleSurveyId = "bank-uczniowie";
const sampleCount = 120;
const sampleNote = {
  pl: " DANE PRZYKŁADOWE: odpowiedzi na tę ankietę wygenerowano losowo (z ustalonym ziarnem), by pokazać wyniki; nie są niczyją opinią.",
  en: " SAMPLE DATA: the responses to this survey were generated at random (with a fixed seed) to show the results; they are nobody's opinion.",
};

/**
 * Seeds Partnerstwo Ziemia Wysokomazowiecka and its residents' survey when the store does not have the
 * partnership yet, with the three surveys of the question banks (proposals, open), the pupils' one
 * closed with SAMPLE responses. Once the partnership exists, nothing is written: edits made since are
 * never overwritten.
 */
export async function seedDemo(store: Store): Promise<"seeded" | "present"> {
  try {
    await store.get("partnerships", { partnershipId: demoPartnershipId, id: demoPartnershipId });
    return "present";
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  const document = parseExchangeDocument(JSON.parse(await readFile(demoDocument, "utf8")));
  try {
    await importPartnership(store, document);
    await seedConsultations(store, new Date());
  } catch (error) {
    // Another instance on the same database seeded it a moment ago.
    if (error instanceof ConflictError) return "present";
    throw error;
  }
  await seedQuestionBanks(store);
  return "seeded";
}

async function seedQuestionBanks(store: Store): Promise<void> {
  const banks = JSON.parse(await readFile(questionBanks, "utf8")) as { surveys: unknown[] };
  const partnership = await store.get("partnerships", {
    partnershipId: demoPartnershipId,
    id: demoPartnershipId,
  });
  const memberIds = surveyMembers(partnership).map((m) => m.id);
  for (const bank of banks.surveys) {
    const survey = parse(Survey, bank);
    if (survey.id !== sampleSurveyId) {
      await store.put("surveys", survey);
      continue;
    }
    const description = {
      pl: `${survey.description?.pl ?? ""}${sampleNote.pl}`.trim(),
      en: `${survey.description?.en ?? ""}${sampleNote.en}`.trim(),
    };
    const open = await store.put("surveys", { ...survey, description, status: "open" });
    for (const response of sampleResponses(survey, memberIds, sampleCount, 8))
      await store.submit("responses", response);
    await store.put("surveys", { ...open, status: "closed" });
  }
}
