import { ValidationError } from "../store/errors.js";
import type { PlanAction } from "./action.js";
import { addCalendarDays, daysBetween } from "./days.js";

/** One action's place in the schedule: early and late days (first and last day, included). */
export interface ScheduledAction {
  durationDays: number;
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  /** Late start minus early start, in days: how far it may slip without delaying the plan. */
  slackDays: number;
  critical: boolean;
}

export interface PlanSchedule {
  /** The plan's first start day: where the early schedule begins. */
  start: string;
  /** The latest early finish (its last day, included). */
  finish: string;
  actions: Record<string, ScheduledAction>;
  /** The zero-slack actions, in the order they run (by early start, then id). */
  criticalPath: string[];
}

type Timed = Pick<PlanAction, "id" | "start" | "end" | "dependsOn">;

/**
 * The schedule of a joint plan by the critical path method (metoda ścieżki krytycznej). Durations are
 * the planned days (end − start + 1); the early schedule starts every action without predecessors
 * on the plan's first start day and every other one the day after its last predecessor's early
 * finish; the plan finishes at the latest early finish; late dates come back from there; slack is
 * late start minus early start, and the critical path is the chain of zero-slack actions.
 * Every action given is scheduled, whatever its status (a dropped one too): leave out what should not be.
 * Throws ValidationError on a dependency that is not in the plan or on a cycle (naming it).
 *
 * @example
 * planSchedule([
 *   { id: "a", start: "2026-01-01", end: "2026-01-10" },
 *   { id: "b", start: "2026-01-11", end: "2026-01-15", dependsOn: ["a"] },
 *   { id: "c", start: "2026-01-01", end: "2026-01-05" },
 * ]).criticalPath // ["a", "b"]; c has 10 days of slack
 */
export function planSchedule(actions: readonly Timed[]): PlanSchedule {
  const order = dependencyOrder(actions);
  if (order.length === 0)
    throw new ValidationError([{ path: "actions", message: "the plan has no actions" }]);
  const start = order.map((a) => a.start).sort()[0] as string;
  const duration = new Map(order.map((a) => [a.id, daysBetween(a.start, a.end) + 1]));
  // Day numbers count from the plan's start; a finish is the day after the last day (exclusive).
  const earlyStart = new Map<string, number>();
  const earlyFinish = new Map<string, number>();
  for (const action of order) {
    const es = Math.max(0, ...(action.dependsOn ?? []).map((id) => earlyFinish.get(id) as number));
    earlyStart.set(action.id, es);
    earlyFinish.set(action.id, es + (duration.get(action.id) as number));
  }
  const finish = Math.max(...earlyFinish.values());
  const successors = new Map<string, string[]>(order.map((a) => [a.id, []]));
  for (const action of order) for (const id of action.dependsOn ?? []) successors.get(id)?.push(action.id);
  const lateStart = new Map<string, number>();
  for (const action of [...order].reverse()) {
    const lf = Math.min(
      finish,
      ...(successors.get(action.id) ?? []).map((id) => lateStart.get(id) as number),
    );
    lateStart.set(action.id, lf - (duration.get(action.id) as number));
  }
  const day = (n: number) => addCalendarDays(start, n);
  const scheduled = Object.fromEntries(
    order.map((action): [string, ScheduledAction] => {
      const es = earlyStart.get(action.id) as number;
      const ls = lateStart.get(action.id) as number;
      const length = duration.get(action.id) as number;
      return [
        action.id,
        {
          durationDays: length,
          earlyStart: day(es),
          earlyFinish: day(es + length - 1),
          lateStart: day(ls),
          lateFinish: day(ls + length - 1),
          slackDays: ls - es,
          critical: ls === es,
        },
      ];
    }),
  );
  const criticalPath = order
    .filter((a) => scheduled[a.id]?.critical)
    .map((a) => a.id)
    .sort(
      (a, b) => (earlyStart.get(a) as number) - (earlyStart.get(b) as number) || (a < b ? -1 : a > b ? 1 : 0),
    );
  return { start, finish: day(finish - 1), actions: scheduled, criticalPath };
}

/**
 * The actions with every action after those it depends on. Throws ValidationError naming a
 * dependency that is not in the plan, or the actions of a cycle (`a → b → a`).
 *
 * @example
 * dependencyOrder([{ id: "b", dependsOn: ["a"], … }, { id: "a", … }]).map((a) => a.id) // ["a", "b"]
 */
export function dependencyOrder<T extends Pick<PlanAction, "id" | "dependsOn">>(actions: readonly T[]): T[] {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const issues: { path: string; message: string }[] = [];
  actions.forEach((action, i) => {
    (action.dependsOn ?? []).forEach((id, j) => {
      if (!byId.has(id))
        issues.push({ path: `actions.${i}.dependsOn.${j}`, message: `${id} is not an action of this plan` });
    });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  const ordered: T[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (action: T, trail: string[]): void => {
    if (state.get(action.id) === "done") return;
    if (state.get(action.id) === "visiting") {
      const cycle = [...trail.slice(trail.indexOf(action.id)), action.id];
      const at = actions.indexOf(action);
      throw new ValidationError([
        {
          path: `actions.${at}.dependsOn`,
          message: `actions ${cycle.join(" → ")} depend on each other in a cycle`,
        },
      ]);
    }
    state.set(action.id, "visiting");
    for (const id of action.dependsOn ?? []) visit(byId.get(id) as T, [...trail, action.id]);
    state.set(action.id, "done");
    ordered.push(action);
  };
  for (const action of actions) visit(action, []);
  return ordered;
}
