import type { Issue } from "../store/errors.js";
import { ValidationError } from "../store/errors.js";
import type { Goal } from "./goal.js";
import type { Indicator } from "./indicator.js";
import { goalLevels } from "./vocabulary.js";

/**
 * What is wrong with a partnership's goal tree as a whole, with paths into the exchange document's
 * `goals` and `indicators` arrays: one vision, every other goal under an existing goal exactly one
 * level above it, no cycles, every indicator on an existing goal. Empty when the tree is sound.
 *
 * @example
 * goalTreeIssues([{ id: "w", level: "strategic", … }], [])
 * // [{ path: "goals.0.parentId", message: "strategic goal w needs a parent (a vision)" }]
 */
export function goalTreeIssues(goals: readonly Goal[], indicators: readonly Indicator[] = []): Issue[] {
  const issues: Issue[] = [];
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  const visions = goals.filter((goal) => goal.level === "vision");
  visions.slice(1).forEach((goal) => {
    issues.push({
      path: `goals.${goals.indexOf(goal)}.level`,
      message: `${goal.id} is a second vision; a partnership has one (${visions[0]?.id})`,
    });
  });
  goals.forEach((goal, i) => {
    const depth = goalLevels.indexOf(goal.level);
    if (goal.level === "vision") {
      if (goal.parentId !== undefined)
        issues.push({ path: `goals.${i}.parentId`, message: `the vision ${goal.id} cannot have a parent` });
      return;
    }
    const above = goalLevels[depth - 1];
    if (goal.parentId === undefined) {
      issues.push({
        path: `goals.${i}.parentId`,
        message: `${goal.level} goal ${goal.id} needs a parent (a ${above} goal)`,
      });
      return;
    }
    const parent = byId.get(goal.parentId);
    if (!parent) {
      issues.push({
        path: `goals.${i}.parentId`,
        message: `${goal.parentId}, the parent of ${goal.id}, is not a goal of this partnership`,
      });
    } else if (parent.level !== above) {
      issues.push({
        path: `goals.${i}.parentId`,
        message: `${goal.id} is a ${goal.level} goal, so its parent must be a ${above} goal; ${parent.id} is ${parent.level}`,
      });
    }
    if (inCycle(goal, byId))
      issues.push({ path: `goals.${i}.parentId`, message: `${goal.id} is its own ancestor (a cycle)` });
  });
  indicators.forEach((indicator, i) => {
    if (!byId.has(indicator.goalId))
      issues.push({
        path: `indicators.${i}.goalId`,
        message: `${indicator.goalId}, the goal of indicator ${indicator.id}, is not a goal of this partnership`,
      });
  });
  return issues;
}

function inCycle(goal: Goal, byId: ReadonlyMap<string, Goal>): boolean {
  const seen = new Set<string>([goal.id]);
  for (let at = goal.parentId; at !== undefined; at = byId.get(at)?.parentId) {
    if (at === goal.id) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}

/** Throws ValidationError naming each goal at fault, unless the tree is sound. */
export function checkGoalTree(goals: readonly Goal[], indicators: readonly Indicator[] = []): void {
  const issues = goalTreeIssues(goals, indicators);
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Siblings in their order: by `order` (those without one last), then by id. */
export function bySiblingOrder(a: Goal, b: Goal): number {
  const ao = a.order ?? Number.POSITIVE_INFINITY;
  const bo = b.order ?? Number.POSITIVE_INFINITY;
  if (ao !== bo) return ao < bo ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The children of each goal id (the vision's children under its id), each list in sibling order. */
export function childrenOf(goals: readonly Goal[]): Map<string | undefined, Goal[]> {
  const children = new Map<string | undefined, Goal[]>();
  for (const goal of goals) {
    const list = children.get(goal.parentId) ?? [];
    list.push(goal);
    children.set(goal.parentId, list);
  }
  for (const list of children.values()) list.sort(bySiblingOrder);
  return children;
}

/**
 * The derived number of each goal: strategic goals 1, 2, …; below them 1.2, 1.2.3. The vision has
 * none (""). Expects a sound tree (`checkGoalTree`).
 *
 * @example
 * goalNumbers(goals).get("gospodarka-innowacje") // "1.2"
 */
export function goalNumbers(goals: readonly Goal[]): Map<string, string> {
  const children = childrenOf(goals);
  const numbers = new Map<string, string>();
  const visit = (goal: Goal, number: string) => {
    numbers.set(goal.id, number);
    (children.get(goal.id) ?? []).forEach((child, i) => {
      visit(child, number === "" ? `${i + 1}` : `${number}.${i + 1}`);
    });
  };
  for (const root of children.get(undefined) ?? []) visit(root, "");
  return numbers;
}
