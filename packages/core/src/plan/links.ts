import type { Issue } from "../store/errors.js";
import type { PlanAction } from "./action.js";
import type { PlanEvent } from "./event.js";

/**
 * What is wrong with the goals a document's actions serve: each `goalId` must be one of its goals
 * (checked when the document carries its goal tree, as a plan may travel without it).
 *
 * @example
 * actionGoalIssues([{ id: "a", goalId: "cel-9" }], [{ id: "wizja" }])
 * // [{ path: "actions.0.goalId", message: "cel-9, the goal of action a, is not a goal in this document" }]
 */
export function actionGoalIssues(
  actions: readonly Pick<PlanAction, "id" | "goalId">[],
  goals: readonly { id: string }[],
): Issue[] {
  if (goals.length === 0) return [];
  const known = new Set(goals.map((goal) => goal.id));
  return actions.flatMap((action, i) =>
    known.has(action.goalId)
      ? []
      : [
          {
            path: `actions.${i}.goalId`,
            message: `${action.goalId}, the goal of action ${action.id}, is not a goal in this document`,
          },
        ],
  );
}

/**
 * What is wrong with the links of events' results: one to a goal or a project must name one of the
 * document's (checked for each kind the document carries; comments travel only with responses).
 *
 * @example
 * eventLinkIssues([{ results: [{ links: [{ kind: "goal", id: "x" }] }] }], { goals: [{ id: "wizja" }], projects: [] })
 * // [{ path: "events.0.results.0.links.0.id", message: "x is not a goal in this document" }]
 */
export function eventLinkIssues(
  events: readonly Pick<PlanEvent, "results">[],
  held: { goals: readonly { id: string }[]; projects: readonly { id: string }[] },
): Issue[] {
  const known = {
    goal: held.goals.length > 0 ? new Set(held.goals.map((goal) => goal.id)) : undefined,
    project: held.projects.length > 0 ? new Set(held.projects.map((project) => project.id)) : undefined,
  };
  return events.flatMap((event, e) =>
    (event.results ?? []).flatMap((result, r) =>
      (result.links ?? []).flatMap((link, l) => {
        const ids = link.kind === "comment" ? undefined : known[link.kind];
        if (!ids || ids.has(link.id)) return [];
        return [
          {
            path: `events.${e}.results.${r}.links.${l}.id`,
            message: `${link.id} is not a ${link.kind} in this document`,
          },
        ];
      }),
    ),
  );
}
