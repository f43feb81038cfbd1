import type { Store } from "@cwd/core";
import { ContextConsumer } from "@lit/context";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { httpStore } from "./http-store.js";
import { storeContext } from "./store-context.js";

/** What an element exposes so the controller can find its store. */
export interface StoreHost extends ReactiveControllerHost, HTMLElement {
  /** Set from code; wins over everything else. */
  store?: Store | undefined;
  /** The element's own API address; wins over a provider. */
  api?: string | undefined;
}

/**
 * Resolves the Store an element talks to: its `.store` property, else its own `api` attribute, else
 * the nearest `cwd-provider`. Widgets read `controller.store` and never learn which adapter it is.
 */
export class StoreController implements ReactiveController {
  private provided: Store | undefined;

  constructor(private readonly host: StoreHost) {
    host.addController(this);
    // subscribe: a provider whose store changes later (e.g. `.store` set after `api`) updates us.
    new ContextConsumer(host, {
      context: storeContext,
      subscribe: true,
      callback: (store) => {
        this.provided = store;
        host.requestUpdate();
      },
    });
  }

  get store(): Store | undefined {
    if (this.host.store) return this.host.store;
    if (this.host.api) return httpStore(this.host.api);
    return this.provided;
  }

  // Moved out of its provider, the element must not keep using that provider's store; on
  // reconnection the consumer asks the new surroundings again.
  hostDisconnected(): void {
    this.provided = undefined;
  }
}
