import { ValidationError } from "./errors.js";
import { isWellFormedId } from "./keys.js";
import { type FilterRule, kinds } from "./kinds.js";
import type { CollectionName, FilterOf, SubmissionKind } from "./store.js";

/**
 * Checks a list filter: only the fields a list may be filtered on, each with a text value.
 * Adapters call it before they query, so every store rejects the same filters.
 */
export function checkFilter<N extends CollectionName | SubmissionKind>(
  name: N,
  filter: unknown,
): FilterOf<N> {
  if (filter === undefined) return {};
  const rules: Readonly<Record<string, FilterRule>> = kinds[name].filters;
  const allowed = Object.keys(rules);
  const issues = Object.entries(filter as Record<string, unknown>).flatMap(([field, value]) => {
    const rule = Object.hasOwn(rules, field) ? rules[field] : undefined;
    if (rule === undefined) {
      return [
        {
          path: `filter.${field}`,
          message: allowed.length ? `must be one of: ${allowed.join(", ")}` : "no filters here",
        },
      ];
    }
    if (typeof value !== "string") return [{ path: `filter.${field}`, message: "must be a text" }];
    if (rule === "id") {
      return isWellFormedId(value)
        ? []
        : [{ path: `filter.${field}`, message: "must be 1-64 lower-case letters, digits or hyphens" }];
    }
    return rule.includes(value)
      ? []
      : [{ path: `filter.${field}`, message: `must be one of: ${rule.join(", ")}` }];
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
