import type { PlanAction } from "./action.js";
import { daysBetween } from "./days.js";

/**
 * Whether an action is late (opóźnione) on a day: it is neither done nor dropped, and either its
 * end day has passed, or it is still planned and its start day has passed. A day "has passed" once
 * the date is after it, so an action ending today is not late yet.
 *
 * @example
 * isLate({ ...action, start: "2026-03-01", end: "2026-03-31", status: "planned" }, "2026-03-02") // true
 * isLate({ ...action, start: "2026-03-01", end: "2026-03-31", status: "in_progress" }, "2026-03-31") // false
 */
export function isLate(action: Pick<PlanAction, "start" | "end" | "status">, date: string): boolean {
  if (action.status === "done" || action.status === "dropped") return false;
  if (daysBetween(action.end, date) > 0) return true;
  return action.status === "planned" && daysBetween(action.start, date) > 0;
}
