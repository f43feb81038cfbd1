/** The values the prioritisation kinds' lists filter on, as plain data for the registry of kinds. */
export const projectStatuses = [
  "candidate",
  "key",
  "reserve",
  "rejected",
  "in-progress",
  "completed",
] as const;
export const roundTypes = ["assessment", "budget"] as const;
export const roundStatuses = ["draft", "open", "closed"] as const;
