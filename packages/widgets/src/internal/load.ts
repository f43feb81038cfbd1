import type { ReactiveController, ReactiveControllerHost } from "lit";

/** Returned by a loader's `task` when there is nothing to load yet (no store): status goes back to "initial". */
export const initial: unique symbol = Symbol();

export type LoaderStatus = "initial" | "pending" | "complete" | "error";

export type LoaderOptions<A extends readonly unknown[], T> = {
  /** Read before every render: the loader runs again when one of them changes (`!==`). */
  args: () => A;
  task: (args: A, options: { signal: AbortSignal }) => T | typeof initial | Promise<T | typeof initial>;
  /** Called once the value is in place, before the host renders it. */
  onComplete?: (value: T) => void;
};

/**
 * Loads an element's data whenever its arguments change, and re-renders the host as the status
 * moves. Only the latest run counts: an earlier, slower one is aborted and its outcome dropped.
 * The last value stays while a new run is pending, so a reload need not blank the screen.
 *
 * @example
 * private readonly loader = new Loader(this, {
 *   args: () => [this.stores.store, this.partnership] as const,
 *   task: ([store, partnershipId]) => (store ? loadPlan(store, partnershipId) : initial),
 * });
 * render() {
 *   return this.loader.render({ pending: () => "…", complete: (plan) => plan.title, error: () => "!" });
 * }
 */
export class Loader<A extends readonly unknown[], T> implements ReactiveController {
  /** Read only. */
  status: LoaderStatus = "initial";
  /** The latest run's value; kept while a new run is pending, undefined after an error. */
  value?: T;
  /** What the latest run threw, when status is "error". */
  error?: unknown;
  private last?: A;
  private running?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoaderOptions<A, T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    const last = this.last;
    if (!last || args.some((arg, i) => arg !== last[i])) void this.run(args);
  }

  /** Runs the task now (again with the current arguments unless given others). */
  async run(args: A = this.options.args()): Promise<void> {
    this.last = args;
    this.running?.abort();
    const running = new AbortController();
    this.running = running;
    this.status = "pending";
    this.host.requestUpdate();
    let status: LoaderStatus = "complete";
    let value: T | typeof initial | undefined;
    let error: unknown;
    try {
      value = await this.options.task(args, { signal: running.signal });
    } catch (thrown) {
      status = "error";
      error = thrown;
    }
    if (running !== this.running) return;
    if (value === initial) {
      status = "initial";
      value = undefined;
    }
    this.status = status;
    this.value = value;
    this.error = error;
    this.host.requestUpdate();
    if (status === "complete") this.options.onComplete?.(value as T);
  }

  /** The branch for the current status; a branch not given renders nothing. */
  render<R>(branches: {
    initial?: () => R;
    pending?: () => R;
    complete: (value: T) => R;
    error?: (error: unknown) => R;
  }): R | undefined {
    return this.status === "complete"
      ? branches.complete(this.value as T)
      : branches[this.status]?.(this.error);
  }
}
