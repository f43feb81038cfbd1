import type * as z from "zod/mini";
import type * as core from "zod/v4/core";
import { type Issue, ValidationError } from "../store/errors.js";
import { joinPath } from "./path.js";
import { untrustedInputProblems } from "./untrusted.js";

/**
 * Parses untrusted input with a schema, or throws a ValidationError whose issues name each field.
 * Text no store can keep (a NUL, a lone surrogate) and oversized objects are refused anywhere in the
 * input, keys included, before the schema reads it.
 * Use it once, at the edge (HTTP handler, file import, adapter); inside, trust the types.
 *
 * @example
 * const survey = parse(Survey, await request.json());
 */
export function parse<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
  pathPrefix: (string | number)[] = [],
): z.infer<T> {
  const textIssues = untrustedInputProblems(input, pathPrefix);
  if (textIssues.length > 0) throw new ValidationError(textIssues);
  const result = schema.safeParse(input, { error: describeIssue });
  if (result.success) return result.data;
  throw new ValidationError(issuesFrom(result.error.issues, pathPrefix));
}

/** Like `parse`, but returns the issues instead of throwing (empty when the input is valid). */
export function issuesOf<T extends z.ZodMiniType>(schema: T, input: unknown): Issue[] {
  const textIssues = untrustedInputProblems(input);
  if (textIssues.length > 0) return textIssues;
  const result = schema.safeParse(input, { error: describeIssue });
  return result.success ? [] : issuesFrom(result.error.issues);
}

/** Our issues from zod's: an unknown field is named by its own path, one issue per field. */
function issuesFrom(issues: readonly core.$ZodIssue[], pathPrefix: (string | number)[] = []): Issue[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          path: joinPath([...pathPrefix, ...issue.path, key]),
          message: "is not a known field",
        }))
      : [{ path: joinPath([...pathPrefix, ...issue.path]), message: issue.message }],
  );
}

// zod/mini ships no messages ("Invalid input"); these say what was expected in plain English.
function describeIssue(issue: core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is required" : `must be ${article(issue.expected)}`;
    case "too_small":
      return issue.origin === "string"
        ? `must have at least ${issue.minimum} character${issue.minimum === 1 ? "" : "s"}`
        : issue.origin === "array"
          ? `must have at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`
          : `must be ${issue.inclusive ? "at least" : "more than"} ${issue.minimum}`;
    case "too_big":
      return issue.origin === "string"
        ? `must have at most ${issue.maximum} characters`
        : issue.origin === "array"
          ? `must have at most ${issue.maximum} items`
          : `must be ${issue.inclusive ? "at most" : "less than"} ${issue.maximum}`;
    case "invalid_value":
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return `must be a valid ${issue.format}`;
    case "invalid_union":
      return "discriminator" in issue && typeof issue.discriminator === "string"
        ? `has an unknown ${issue.discriminator}`
        : "does not match any allowed form";
    case "invalid_key":
      return "is not an allowed key";
    case "invalid_element":
      return "has an invalid entry";
    case "unrecognized_keys":
      return `has unknown field${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}`;
    default:
      return undefined;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
