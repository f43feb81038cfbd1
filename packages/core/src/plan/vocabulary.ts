// Kept free of zod, so that the registry of kinds (and a widget's HTTP client) can read them.

/** Where an action of the joint plan stands. */
export const actionStatuses = ["planned", "in_progress", "done", "dropped"] as const;

/** The kinds of participation the calendar holds (DOMAIN §1: workshops, interviews, debates …). */
export const eventKinds = ["workshop", "interview", "debate", "meeting", "consultation_meeting"] as const;
