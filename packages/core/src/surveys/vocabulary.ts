// Fixed lists of the survey domain, kept free of zod so that code which only needs the words (list
// filters in the HTTP client of a widget bundle) does not pull the schemas in.

/** Who a survey asks (adresaci ankiety): residents, final-year pupils, local leaders. */
export const surveyAudiences = ["residents", "pupils", "leaders"] as const;

/** draft: being prepared, not public; open: takes responses; closed: public, takes none. */
export const surveyStatuses = ["draft", "open", "closed"] as const;

/** The option id an "other, please specify" answer carries; its text goes in the response's `other`. */
export const otherOptionId = "other";

/** The option id of an exclusive "none of these". */
export const noneOptionId = "none";

/** The answer to a scale that offers "don't know" and got it. */
export const dontKnow = "dont-know";
