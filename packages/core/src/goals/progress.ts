import type { Goal } from "./goal.js";
import type { Indicator, Measurement } from "./indicator.js";
import { checkGoalTree, childrenOf } from "./tree.js";

/** `no_data`: nothing measured yet, so nothing can be said (never read as 0). */
export type ProgressStatus = "on_track" | "at_risk" | "off_track" | "no_data";

/** How far behind expected progress still counts as at risk rather than off track. */
export const atRiskMargin = 0.1;
// Shares computed from decimals (0.3 − 0.2) miss exact thresholds by rounding; this much is equal.
const tolerance = 1e-9;

export interface IndicatorProgress {
  /** (latest − baseline) / (target − baseline), clamped to [0, 1]; null with no measurement. */
  progress: number | null;
  /** The share of the way from the baseline year to the target year at the latest measurement's year. */
  expected: number | null;
  status: ProgressStatus;
  /** The measurement it was computed from. */
  latest: Measurement | null;
}

export interface GoalProgress {
  /** Weighted mean of the progress of its indicators and child goals that have data; null when none has. */
  progress: number | null;
  /** The same weighted mean of their expected progress. */
  expected: number | null;
  status: ProgressStatus;
  /** How many of its indicators and child goals had data, and how many were left out for having none. */
  counted: number;
  leftOut: number;
}

/**
 * An indicator's progress from its latest measurement by year, pinned so every partnership reads
 * it alike: clamped to [0, 1], lower-is-better through the sign of target − baseline, `no_data`
 * without a measurement. On track when progress ≥ expected, at risk within 0.1 below, else off track.
 *
 * @example
 * indicatorProgress({ baseline: { value: 10, year: 2020 }, target: { value: 20, year: 2030 },
 *   measurements: [{ year: 2025, value: 14 }], … })
 * // { progress: 0.4, expected: 0.5, status: "at_risk", latest: { year: 2025, value: 14 } }
 */
export function indicatorProgress(
  indicator: Pick<Indicator, "baseline" | "target" | "measurements">,
): IndicatorProgress {
  const latest = latestMeasurement(indicator.measurements);
  if (!latest) return { progress: null, expected: null, status: "no_data", latest: null };
  const { baseline, target } = indicator;
  const progress = clamp01((latest.value - baseline.value) / (target.value - baseline.value));
  const expected = clamp01((latest.year - baseline.year) / (target.year - baseline.year));
  return { progress, expected, status: statusOf(progress, expected), latest };
}

/** The measurement of the latest year, or null when there is none. */
export function latestMeasurement(measurements: readonly Measurement[]): Measurement | null {
  let latest: Measurement | null = null;
  for (const m of measurements) if (!latest || m.year > latest.year) latest = m;
  return latest;
}

/**
 * On track, at risk or off track: progress against expected progress.
 *
 * @example
 * statusOf(0.45, 0.5) // "at_risk"
 */
export function statusOf(progress: number, expected: number): ProgressStatus {
  const behind = expected - progress;
  if (behind <= tolerance) return "on_track";
  if (behind <= atRiskMargin + tolerance) return "at_risk";
  return "off_track";
}

/**
 * Progress through the whole tree: each indicator, then each goal as the weighted mean (weights
 * default to 1) of its own indicators and its child goals, leaving out those with no data and
 * counting them. Checks the tree first (ValidationError naming the goal at fault).
 *
 * @example
 * rollUpProgress(goals, indicators).goals.get("cel-1")?.progress // 0.55
 */
export function rollUpProgress(
  goals: readonly Goal[],
  indicators: readonly Indicator[],
): { goals: Map<string, GoalProgress>; indicators: Map<string, IndicatorProgress> } {
  checkGoalTree(goals, indicators);
  const ofIndicators = new Map(indicators.map((indicator) => [indicator.id, indicatorProgress(indicator)]));
  const indicatorsOf = new Map<string, Indicator[]>();
  for (const indicator of indicators)
    indicatorsOf.set(indicator.goalId, [...(indicatorsOf.get(indicator.goalId) ?? []), indicator]);
  const children = childrenOf(goals);
  const ofGoals = new Map<string, GoalProgress>();
  const visit = (goal: Goal): GoalProgress => {
    const parts = [
      ...(indicatorsOf.get(goal.id) ?? []).map((i) => ({
        weight: i.weight ?? 1,
        ...(ofIndicators.get(i.id) as IndicatorProgress),
      })),
      ...(children.get(goal.id) ?? []).map((child) => ({ weight: child.weight ?? 1, ...visit(child) })),
    ];
    const result = weightedMean(parts);
    ofGoals.set(goal.id, result);
    return result;
  };
  for (const root of children.get(undefined) ?? []) visit(root);
  return { goals: ofGoals, indicators: ofIndicators };
}

function weightedMean(
  parts: { weight: number; progress: number | null; expected: number | null }[],
): GoalProgress {
  const withData = parts.filter((p) => p.progress !== null && p.expected !== null);
  const leftOut = parts.length - withData.length;
  if (withData.length === 0)
    return { progress: null, expected: null, status: "no_data", counted: 0, leftOut };
  const total = withData.reduce((sum, p) => sum + p.weight, 0);
  const progress = withData.reduce((sum, p) => sum + p.weight * (p.progress as number), 0) / total;
  const expected = withData.reduce((sum, p) => sum + p.weight * (p.expected as number), 0) / total;
  return { progress, expected, status: statusOf(progress, expected), counted: withData.length, leftOut };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
