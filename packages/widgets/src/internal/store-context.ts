import type { Store } from "@cwd/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * The Store a `cwd-provider` hands to the widgets inside it, over the web components community's
 * context protocol (github.com/webcomponents-cg/community-protocols, proposals/context.md): the
 * events `@lit/context` sends too, so code using that library can consume it. The key is a plain
 * string rather than a Symbol so that two copies of this package on one page (a bundle and an npm
 * build) still meet; its type is `@lit/context`'s `Context<"cwd-store", Store>`.
 */
export const storeContext = "cwd-store" as "cwd-store" & { __context__: Store };

type Receive = (store: Store | undefined, unsubscribe?: () => void) => void;

/** "Which store?", asked by a widget of the elements around it; the nearest provider answers. */
class StoreRequestEvent extends Event {
  readonly context = storeContext;
  constructor(
    readonly contextTarget: Element,
    readonly callback: Receive,
    readonly subscribe: boolean,
  ) {
    super("context-request", { bubbles: true, composed: true });
  }
}

/** Said by a provider as it connects, so a provider around it hands over the widgets now inside it. */
class StoreProviderEvent extends Event {
  readonly context = storeContext;
  constructor(readonly contextTarget: Element) {
    super("context-provider", { bubbles: true, composed: true });
  }
}

type ContextEvent = Event & { context?: unknown; contextTarget?: Element };

/** The provider's side: answers requests from inside its host and tells subscribers of changes. */
export class StoreProvision implements ReactiveController {
  private current: Store | undefined;
  private readonly subscribers = new Map<Receive, { widget: Element; unsubscribe: () => void }>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    host.addEventListener("context-request", (event: ContextEvent) => {
      const request = event as StoreRequestEvent;
      const widget = request.contextTarget ?? request.composedPath()[0];
      if (request.context !== storeContext || widget === host) return;
      event.stopPropagation();
      if (!request.subscribe) return request.callback(this.current);
      let subscriber = this.subscribers.get(request.callback);
      if (!subscriber) {
        subscriber = { widget, unsubscribe: () => this.subscribers.delete(request.callback) };
        this.subscribers.set(request.callback, subscriber);
      }
      request.callback(this.current, subscriber.unsubscribe);
    });
    // A provider that appears inside this one (upgraded later) takes over the widgets inside it:
    // each subscriber asks again, and the nearest provider answers.
    host.addEventListener("context-provider", (event: ContextEvent) => {
      const inner = event.contextTarget ?? event.composedPath()[0];
      if (event.context !== storeContext || inner === host) return;
      event.stopPropagation();
      for (const [receive, { widget }] of [...this.subscribers]) {
        widget.dispatchEvent(new StoreRequestEvent(widget, receive, true));
      }
    });
  }

  hostConnected(): void {
    this.host.dispatchEvent(new StoreProviderEvent(this.host));
  }

  get store(): Store | undefined {
    return this.current;
  }

  set store(store: Store | undefined) {
    if (store === this.current) return;
    this.current = store;
    for (const [receive, { unsubscribe }] of this.subscribers) receive(store, unsubscribe);
  }
}

/** The widget's side: asks on connection, keeps listening, and lets go when moved out. */
export class StoreSubscription implements ReactiveController {
  private current: Store | undefined;
  private unsubscribe: (() => void) | undefined;

  private readonly receive: Receive = (store, unsubscribe) => {
    // An answer from another provider (one that appeared nearer) ends the old subscription.
    if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
    this.unsubscribe = unsubscribe;
    this.current = store;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get store(): Store | undefined {
    return this.current;
  }

  hostConnected(): void {
    this.host.dispatchEvent(new StoreRequestEvent(this.host, this.receive, true));
  }

  // Moved out of its provider, the element must not keep using that provider's store; on
  // reconnection it asks its new surroundings again.
  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = undefined;
  }
}
