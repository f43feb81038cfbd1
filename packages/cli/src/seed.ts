import { readFile } from "node:fs/promises";
import {
  ConflictError,
  importPartnership,
  NotFoundError,
  parseExchangeDocument,
  type Store,
} from "@cwd/core";
import { seedConsultations } from "./seed-consultations.js";

export const demoPartnershipId = "ziemia-wysokomazowiecka";
export const demoDocument = new URL("../demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url);

/**
 * Seeds Partnerstwo Ziemia Wysokomazowiecka and its residents' survey when the store does not have the
 * partnership yet. Once it exists, nothing is written: edits made since are never overwritten.
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
  return "seeded";
}
