import type { QueueItem } from "@cwd/core";

/**
 * What a moderator may list of a consultation's comments: the queue (awaiting publication or
 * reported, as the server's `/queue` gives it), one status, those still without the partnership's
 * answer, or every one.
 *
 * @example
 * items.filter(views.unanswered).length // comments the report still has to answer
 */
export const views = {
  queue: ({ status }: QueueItem) => status.status === "awaiting" || status.reports > 0,
  awaiting: ({ status }: QueueItem) => status.status === "awaiting",
  reported: ({ status }: QueueItem) => status.reports > 0,
  hidden: ({ status }: QueueItem) => status.status === "hidden",
  unanswered: ({ answer }: QueueItem) => answer === undefined,
  all: () => true,
};

export type View = keyof typeof views;

/** Whether an attribute's value names a view. */
export function isView(value: string): value is View {
  return Object.hasOwn(views, value);
}
