import { childrenOf, type Goal, type GoalProgress, type ProgressStatus } from "@cwd/core";
import { type HierarchyNode, hierarchy } from "d3-hierarchy";

/** One visible line of the tree, with what the WAI-ARIA tree pattern says about it. */
export interface Row {
  goal: Goal;
  number: string;
  progress: GoalProgress;
  /** aria-level, aria-setsize, aria-posinset. */
  level: number;
  setSize: number;
  position: number;
  /** Has children it could show (collapsed or not). */
  parent: boolean;
  expanded: boolean;
  parentId: string | undefined;
}

/**
 * The goal tree as d3-hierarchy nodes, children in sibling order: the whole tree once, so that what
 * is shown can be pruned from it on each toggle without regrouping the goals.
 */
export function goalHierarchy(goals: readonly Goal[]): HierarchyNode<Goal>[] {
  const children = childrenOf(goals);
  return (children.get(undefined) ?? []).map((root) => hierarchy(root, (goal) => children.get(goal.id)));
}

/**
 * The rows to render, in reading order (d3's pre-order walk): only children of expanded goals, so a
 * tree of thousands of goals costs what is open. When `shown` is given (a search or a status
 * filter), only those goals and their ancestors appear, all open.
 */
export function visibleRows(
  roots: readonly HierarchyNode<Goal>[],
  numbers: ReadonlyMap<string, string>,
  progress: ReadonlyMap<string, GoalProgress>,
  expanded: ReadonlySet<string>,
  shown?: ReadonlySet<string>,
): Row[] {
  const rows: Row[] = [];
  const visit = (node: HierarchyNode<Goal>, position: number, setSize: number) => {
    const goal = node.data;
    const children = (node.children ?? []).filter((child) => !shown || shown.has(child.data.id));
    const open = shown ? children.length > 0 : expanded.has(goal.id);
    rows.push({
      goal,
      number: numbers.get(goal.id) ?? "",
      progress: progress.get(goal.id) as GoalProgress,
      level: node.depth + 1,
      setSize,
      position,
      parent: children.length > 0,
      expanded: open,
      parentId: goal.parentId,
    });
    if (open)
      children.forEach((child, i) => {
        visit(child, i + 1, children.length);
      });
  };
  const kept = roots.filter((root) => !shown || shown.has(root.data.id));
  kept.forEach((root, i) => {
    visit(root, i + 1, kept.length);
  });
  return rows;
}

/**
 * The goals a search and a status filter keep, with their ancestors (so each is reached from the
 * root); undefined when neither is set.
 */
export function shownGoals(
  goals: readonly Goal[],
  progress: ReadonlyMap<string, GoalProgress>,
  query: string,
  status: ProgressStatus | "",
): Set<string> | undefined {
  const text = query.trim().toLocaleLowerCase("pl");
  if (text === "" && status === "") return undefined;
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  const shown = new Set<string>();
  for (const goal of goals) {
    const title = `${goal.title.pl} ${goal.title.en ?? ""}`.toLocaleLowerCase("pl");
    if (text !== "" && !title.includes(text)) continue;
    if (status !== "" && progress.get(goal.id)?.status !== status) continue;
    for (
      let at: Goal | undefined = goal;
      at && !shown.has(at.id);
      at = at.parentId ? byId.get(at.parentId) : undefined
    )
      shown.add(at.id);
  }
  return shown;
}
