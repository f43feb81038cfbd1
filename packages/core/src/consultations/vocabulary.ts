// Fixed lists of consultations, kept free of zod so that code which only needs the words (list
// filters, a widget's labels) does not pull the schemas in.

/** What a consultation is about: a document with sections, the goal tree, the project list, a survey's results. */
export const consultationSubjects = ["document", "goals", "projects", "survey-results"] as const;

/** strategy: the strategy's own consultation (art. 6 u.z.p.p.r., at least 35 days); other: any other. */
export const consultationKinds = ["strategy", "other"] as const;

/** before: a moderator publishes each comment; after: comments appear at once and may be hidden. */
export const moderationModes = ["before", "after"] as const;

/** Where a consultation stands, derived from its times and its report. */
export const consultationStates = ["upcoming", "open", "closed", "reported"] as const;

/** What a comment is about. */
export const commentTargetKinds = ["goal", "project", "indicator", "section", "paragraph"] as const;

/** For, neutral or against what it comments on (stanowisko). */
export const stances = ["in_favour", "neutral", "against"] as const;

/** Who comments, when they say so: residents, organisations, businesses, public institutions. */
export const commenterAudiences = ["residents", "organisations", "businesses", "institutions"] as const;

/**
 * One step in a comment's trail: a reader's report, a moderator publishing, hiding or restoring, or
 * the author's edit within the edit window.
 */
export const moderationActions = ["report", "publish", "hide", "restore", "edit"] as const;

/** How long, by default, a comment's author may edit it from the device that sent it. */
export const defaultEditMinutes = 15;

/** The partnership's position on a comment in its official answer (stanowisko wobec uwagi). */
export const answerPositions = ["accepted", "partly_accepted", "rejected", "not_applicable"] as const;

/** How long a comment may be, in characters. */
export const maxCommentLength = 4000;

/** How deep replies go: a comment, a reply, a reply to a reply (as in Decidim). */
export const maxReplyLevel = 3;
