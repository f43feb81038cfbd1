import { type Issue, ValidationError } from "../../store/errors.js";
import type { Assessment } from "./assessment.js";
import type { Criterion } from "./criteria.js";
import type { ProjectScores } from "./project-scores.js";

/** How the assessors' scores on one criterion are combined. */
export type Aggregation = "mean" | "median";

/** How far the assessors' scores on one criterion lie apart. */
export interface ScoreSpread {
  /** Assessors who scored the criterion. */
  count: number;
  min: number;
  max: number;
  /** Population standard deviation (divided by count): the spread of these assessors, not an estimate. */
  standardDeviation: number;
}

/** A project's aggregated scores, usable as `ProjectScores` by every method, with the spread per criterion. */
export interface AggregatedProject extends ProjectScores {
  spread: Record<string, ScoreSpread>;
}

/**
 * Combines several assessors' assessments into one score per project and criterion, by mean or median
 * (the mean of the two middle scores for an even count), with the spread between assessors: min, max
 * and population standard deviation. A criterion nobody scored for a project is absent from its
 * `scores`. Projects come back in order of first appearance. Throws a ValidationError naming each
 * assessment that scores an unknown criterion, falls outside the criterion's scale, or repeats an
 * assessor for the same project (one assessment per assessor and project).
 *
 * @example
 * aggregateAssessments(assessments, cwdCriteria, "median");
 * // [{ projectId: "p1", scores: { "wiele-problemow": 1.5, … }, spread: { "wiele-problemow": { count: 4, … } } }]
 */
export function aggregateAssessments(
  assessments: readonly Assessment[],
  criteria: readonly Criterion[],
  aggregation: Aggregation = "mean",
): AggregatedProject[] {
  const byId = new Map(criteria.map((criterion) => [criterion.id, criterion]));
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const scores = new Map<string, Map<string, number[]>>();
  assessments.forEach((assessment, a) => {
    const key = JSON.stringify([assessment.projectId, assessment.assessorId]);
    if (seen.has(key))
      issues.push({
        path: `assessments.${a}.assessorId`,
        message: `${assessment.assessorId} has already assessed ${assessment.projectId}`,
      });
    seen.add(key);
    const project = scores.get(assessment.projectId) ?? new Map<string, number[]>();
    scores.set(assessment.projectId, project);
    for (const [criterionId, { score }] of Object.entries(assessment.scores)) {
      const criterion = byId.get(criterionId);
      const path = `assessments.${a}.scores.${criterionId}`;
      if (!criterion) issues.push({ path, message: "is not one of the criteria" });
      else if (!(score >= criterion.scale.min && score <= criterion.scale.max))
        issues.push({
          path: `${path}.score`,
          message: `must be between ${criterion.scale.min} and ${criterion.scale.max} (the criterion's scale)`,
        });
      else project.set(criterionId, [...(project.get(criterionId) ?? []), score]);
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return [...scores].map(([projectId, byCriterion]) => {
    const scored = criteria.filter((criterion) => byCriterion.has(criterion.id));
    return {
      projectId,
      scores: Object.fromEntries(
        scored.map((c) => [
          c.id,
          aggregation === "median" ? median(byCriterion.get(c.id)!) : mean(byCriterion.get(c.id)!),
        ]),
      ),
      spread: Object.fromEntries(scored.map((c) => [c.id, spreadOf(byCriterion.get(c.id)!)])),
    };
  });
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function spreadOf(values: readonly number[]): ScoreSpread {
  const average = mean(values);
  return {
    count: values.length,
    min: Math.min(...values),
    max: Math.max(...values),
    standardDeviation: Math.sqrt(mean(values.map((value) => (value - average) ** 2))),
  };
}
