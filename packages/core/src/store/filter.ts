import { surveyAudiences, surveyStatuses } from "../surveys/vocabulary.js";
import { ValidationError } from "./errors.js";
import { isWellFormedId } from "./keys.js";
import type { CollectionName, FilterOf, SubmissionKind } from "./store.js";
import { filterableFields } from "./store.js";

/** Fields whose values come from a fixed list: any other value is a mistake, not an empty result. */
const allowedValues: Record<string, readonly string[]> = {
  audience: surveyAudiences,
  status: surveyStatuses,
};

/**
 * Checks a list filter: only the fields a list may be filtered on, each with a text value.
 * Adapters call it before they query, so every store rejects the same filters.
 */
export function checkFilter<N extends CollectionName | SubmissionKind>(
  name: N,
  filter: unknown,
): FilterOf<N> {
  if (filter === undefined) return {};
  const allowed: readonly string[] = filterableFields[name];
  const issues = Object.entries(filter as Record<string, unknown>).flatMap(([field, value]) => {
    if (!allowed.includes(field)) {
      return [
        {
          path: `filter.${field}`,
          message: allowed.length ? `must be one of: ${allowed.join(", ")}` : "no filters here",
        },
      ];
    }
    if (typeof value !== "string") return [{ path: `filter.${field}`, message: "must be a text" }];
    if (field === "surveyId" && !isWellFormedId(value)) {
      return [{ path: `filter.${field}`, message: "must be 1-64 lower-case letters, digits or hyphens" }];
    }
    const values = allowedValues[field];
    return values && !values.includes(value)
      ? [{ path: `filter.${field}`, message: `must be one of: ${values.join(", ")}` }]
      : [];
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return filter as FilterOf<N>;
}

/** True when every filtered field of the item equals the filter's value. */
export function matchesFilter(item: object, filter: Record<string, string | undefined>): boolean {
  return Object.entries(filter).every(
    ([field, value]) => value === undefined || (item as Record<string, unknown>)[field] === value,
  );
}
