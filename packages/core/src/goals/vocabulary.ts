// Plain lists, free of zod, so the registry of kinds (read by widgets' HTTP client) can name them.

/** The levels of a strategy, top down: a vision, strategic goals, operational goals, directions of action. */
export const goalLevels = ["vision", "strategic", "operational", "direction"] as const;

/** `decrease`: lower is better. */
export const indicatorDirections = ["increase", "decrease"] as const;
