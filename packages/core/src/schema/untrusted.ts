import type { Issue } from "../store/errors.js";
import { joinPath } from "./path.js";

/** A UTF-16 surrogate without its partner: not a character, and not storable as JSON in PostgreSQL. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What is wrong with a text no store may keep, or undefined when it is fine. */
export function textProblem(text: string): string | undefined {
  if (text.includes("\u0000")) return "must not contain the NUL character";
  if (loneSurrogate.test(text)) return "must be well-formed text (it has a lone UTF-16 surrogate)";
  return undefined;
}

/** The most fields any one object of untrusted input may have; no document of ours comes near it. */
export const maxFields = 1000;

/**
 * What no schema should even look at, anywhere in untrusted input: a text (value or key) that no
 * store can keep, a NUL or a lone UTF-16 surrogate, which JSON parsers accept (`"\ud800"`) but
 * PostgreSQL refuses; and an object with more than `maxFields` fields, which would cost a schema
 * much work only to be refused. Checked once for all input, so no field of any kind, now or added
 * later, escapes it.
 *
 * @example
 * untrustedInputProblems({ answers: { q1: "\ud800" } }) // [{ path: "answers.q1", message: "must be well-formed text …" }]
 */
export function untrustedInputProblems(input: unknown, prefix: readonly (string | number)[] = []): Issue[] {
  const issues: Issue[] = [];
  const stack: [value: unknown, path: (string | number)[]][] = [[input, [...prefix]]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, (string | number)[]];
    if (typeof value === "string") {
      const problem = textProblem(value);
      if (problem) issues.push({ path: joinPath(path), message: problem });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push([item, [...path, i]]);
      });
    } else if (value !== null && typeof value === "object") {
      const keys = Object.keys(value);
      if (keys.length > maxFields) {
        issues.push({ path: joinPath(path), message: `must have at most ${maxFields} fields` });
        continue;
      }
      for (const [key, item] of Object.entries(value)) {
        const problem = textProblem(key);
        if (problem)
          issues.push({
            path: joinPath([...path, key]),
            message: `is not an allowed field name: it ${problem}`,
          });
        else stack.push([item, [...path, key]]);
      }
    }
  }
  return issues.reverse();
}
