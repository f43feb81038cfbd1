import type { Store } from "@cwd/core";
import type { ReactiveControllerHost } from "lit";
import { httpStore } from "./http-store.js";
import { StoreSubscription } from "./store-context.js";

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
export class StoreController {
  private readonly provided: StoreSubscription;

  constructor(private readonly host: StoreHost) {
    this.provided = new StoreSubscription(host);
  }

  get store(): Store | undefined {
    if (this.host.store) return this.host.store;
    if (this.host.api) return httpStore(this.host.api);
    return this.provided.store;
  }
}
