// Kept apart from the schemas (types only), so that code ranking in a browser does not load zod.
import { type Issue, ValidationError } from "../../store/errors.js";
import type { Criterion } from "./criteria.js";
import type { ProjectScores } from "./project-scores.js";

/**
 * The decision matrix: one row per project, one column per criterion, in the given orders.
 * Throws a ValidationError naming each missing score or score outside its criterion's scale
 * (`projects.1.scores.gotowosc`).
 *
 * @example
 * decisionMatrix(cwdCriteria, [{ projectId: "p1", scores: { "ponadgminny-zasieg": 2, … } }]);
 */
export function decisionMatrix(
  criteria: readonly Criterion[],
  projects: readonly ProjectScores[],
): number[][] {
  const issues: Issue[] = [];
  const matrix = projects.map((project, p) =>
    criteria.map((criterion) => {
      const value = project.scores[criterion.id];
      const path = `projects.${p}.scores.${criterion.id}`;
      if (value === undefined) issues.push({ path, message: "is required" });
      else if (!(value >= criterion.scale.min && value <= criterion.scale.max))
        issues.push({
          path,
          message: `must be between ${criterion.scale.min} and ${criterion.scale.max} (the criterion's scale)`,
        });
      return value ?? Number.NaN;
    }),
  );
  if (issues.length > 0) throw new ValidationError(issues);
  return matrix;
}
