import { ValidationError } from "../store/errors.js";
import type { Goal } from "./goal.js";
import { goalTreeIssues } from "./tree.js";
import { goalLevels } from "./vocabulary.js";

/**
 * Decides whether one goal may be saved among the partnership's other stored goals, so that saving
 * goals one by one keeps the tree sound: one vision, a parent that exists exactly one level above,
 * no cycle, and, when its level changes, children still one level below it. Throws ValidationError
 * naming `parentId` or `level`.
 *
 * @example
 * admitGoal({ id: "c", parentId: "a", level: "strategic", … }, [a, c])
 * // ValidationError "parentId: a is its own ancestor (a cycle)" when a's parent is c
 */
export function admitGoal(goal: Goal, stored: readonly Goal[]): void {
  const byId = new Map(stored.map((other) => [other.id, other]));
  byId.set(goal.id, goal);
  // The rules are judged on the goal, its chain of ancestors and the vision: cheap on a big tree.
  const related = stored.filter((other) => other.level === "vision" && other.id !== goal.id);
  const seen = new Set([goal.id]);
  for (let at = goal.parentId; at !== undefined && !seen.has(at); at = byId.get(at)?.parentId) {
    seen.add(at);
    const ancestor = byId.get(at);
    if (ancestor && ancestor.level !== "vision") related.push(ancestor);
  }
  const own = `goals.${related.length}.`;
  const issues = goalTreeIssues([...related, goal])
    .filter((issue) => issue.path.startsWith(own))
    .map((issue) => ({ path: issue.path.slice(own.length), message: issue.message }));
  const below = goalLevels[goalLevels.indexOf(goal.level) + 1];
  const misplaced = stored.filter((child) => child.parentId === goal.id && child.level !== below);
  if (misplaced.length > 0)
    issues.push({
      path: "level",
      message: `${goal.id} cannot be a ${goal.level} goal: its children ${misplaced.map((child) => `${child.id} (${child.level})`).join(", ")} would no longer be one level below it`,
    });
  if (issues.length > 0) throw new ValidationError(issues);
}
