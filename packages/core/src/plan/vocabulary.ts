// Kept free of zod, so that the registry of kinds (and a widget's HTTP client) can read them.

/** Where an action of the joint plan stands. */
export const actionStatuses = ["planned", "in_progress", "done", "dropped"] as const;

/** The kinds of participation the calendar holds (DOMAIN §1: workshops, interviews, debates …). */
export const eventKinds = ["workshop", "interview", "debate", "meeting", "consultation_meeting"] as const;

/**
 * Themes good practices are filed under, shared so that practices gathered from several
 * partnerships' documents filter together: the public services gminy most often run jointly, and
 * participation itself. A practice may carry other themes too; these are the ones widgets name.
 */
export const practiceThemes = [
  "transport",
  "oswiata",
  "odpady",
  "woda",
  "zwierzeta",
  "zdrowie",
  "pomoc-spoleczna",
  "kultura",
  "turystyka",
  "gospodarka",
  "energia",
  "cyfryzacja",
  "bezpieczenstwo",
  "planowanie",
  "partycypacja",
] as const;
export type PracticeTheme = (typeof practiceThemes)[number];
