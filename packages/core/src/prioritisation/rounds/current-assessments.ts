// Kept apart from the schema (types only), so that a ranking in a browser does not load zod.
import type { RoundAssessment } from "./round-assessment.js";

/**
 * The assessments that count: for each assessor and project, the latest submitted (by `submittedAt`,
 * then by id so that the choice never depends on list order). Earlier ones are revisions superseded.
 *
 * @example
 * aggregateAssessments(currentAssessments(stored), round.criteria, round.aggregation);
 */
export function currentAssessments(assessments: readonly RoundAssessment[]): RoundAssessment[] {
  const latest = new Map<string, RoundAssessment>();
  for (const assessment of assessments) {
    const key = JSON.stringify([assessment.projectId, assessment.assessorId]);
    const kept = latest.get(key);
    if (!kept || laterThan(assessment, kept)) latest.set(key, assessment);
  }
  return [...latest.values()];
}

function laterThan(a: RoundAssessment, b: RoundAssessment): boolean {
  const [at, bt] = [Date.parse(a.submittedAt), Date.parse(b.submittedAt)];
  return at !== bt ? at > bt : a.id > b.id;
}
