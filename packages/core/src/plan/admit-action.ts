import { type Issue, ValidationError } from "../store/errors.js";
import type { PlanAction } from "./action.js";
import { dependencyOrder } from "./schedule.js";

type Linked = Pick<PlanAction, "id" | "dependsOn">;

/**
 * The cycle an action's `dependsOn` would close among the other stored actions, as the ids around
 * it (`["a", "b", "a"]`), or undefined when there is none. Dependencies not stored (yet) lead nowhere.
 *
 * @example
 * dependencyCycle({ id: "a", dependsOn: ["b"] }, [{ id: "b", dependsOn: ["a"] }]) // ["a", "b", "a"]
 */
export function dependencyCycle(action: Linked, stored: readonly Linked[]): string[] | undefined {
  const dependsOn = new Map(stored.map((other) => [other.id, other.dependsOn ?? []]));
  dependsOn.set(action.id, action.dependsOn ?? []);
  const explored = new Set<string>();
  // Depth first from the action, along stacks of [id, trail], so long chains cannot overflow the call stack.
  const stack: [string, string[]][] = [[action.id, [action.id]]];
  while (stack.length > 0) {
    const [id, trail] = stack.pop() as [string, string[]];
    for (const next of dependsOn.get(id) ?? []) {
      if (next === action.id) return [...trail, next];
      if (explored.has(next)) continue;
      explored.add(next);
      stack.push([next, [...trail, next]]);
    }
  }
  return undefined;
}

/**
 * Decides whether an action may be saved among the partnership's other stored actions: its
 * `dependsOn` must not close a cycle (finish-to-start dependencies in a cycle can never start).
 * Throws ValidationError naming `dependsOn` and the cycle.
 *
 * @example
 * admitAction({ id: "a", dependsOn: ["b"], … }, [{ id: "b", dependsOn: ["a"], … }])
 * // ValidationError "dependsOn: actions a → b → a depend on each other in a cycle"
 */
export function admitAction(action: PlanAction, stored: readonly PlanAction[]): void {
  const cycle = dependencyCycle(action, stored);
  if (cycle)
    throw new ValidationError([
      { path: "dependsOn", message: `actions ${cycle.join(" → ")} depend on each other in a cycle` },
    ]);
}

/**
 * What is wrong with a whole plan's dependencies, with paths into the exchange document's `actions`:
 * a dependency that is not in the plan, or a cycle. Empty when they can be scheduled.
 *
 * @example
 * dependencyIssues([{ id: "a", dependsOn: ["x"] }]) // [{ path: "actions.0.dependsOn.0", message: "x is not an action of this plan" }]
 */
export function dependencyIssues(actions: readonly Linked[]): Issue[] {
  try {
    dependencyOrder(actions);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
}
