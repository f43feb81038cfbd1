import type { OutboxStore } from "@cwd/adapters/indexeddb";
import type { Store } from "@cwd/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";

const outboxes = new WeakMap<Store, Promise<OutboxStore>>();

/** A store set from code may keep an outbox already (`createOutboxStore` from `@cwd/adapters/indexeddb`). */
export function isOutboxStore(store: Store): store is OutboxStore {
  const candidate = store as Partial<OutboxStore>;
  return typeof candidate.flush === "function" && candidate.events instanceof EventTarget;
}

/**
 * The outbox store over `store`: one per store on the page, so two surveys never race to send the
 * same kept response. Its module is fetched only when a survey first asks for it, keeping the
 * outbox out of pages that do not work offline.
 */
export function outboxFor(store: Store): Promise<OutboxStore> {
  if (isOutboxStore(store)) return Promise.resolve(store);
  let outbox = outboxes.get(store);
  if (!outbox) {
    outbox = import("@cwd/adapters/indexeddb").then(({ createOutboxStore }) => createOutboxStore({ store }));
    outboxes.set(store, outbox);
  }
  return outbox;
}

/** Whether the browser believes it is online, updated by its `online` and `offline` events. */
export class OnlineController implements ReactiveController {
  online = globalThis.navigator?.onLine ?? true;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly changed: (online: boolean) => void,
  ) {
    host.addController(this);
  }

  // The event says what just happened; navigator.onLine is only read when nothing has happened yet.
  private readonly update = (event: Event) => {
    this.online = event.type === "online";
    this.host.requestUpdate();
    this.changed(this.online);
  };

  hostConnected(): void {
    this.online = navigator.onLine;
    window.addEventListener("online", this.update);
    window.addEventListener("offline", this.update);
  }

  hostDisconnected(): void {
    window.removeEventListener("online", this.update);
    window.removeEventListener("offline", this.update);
  }
}
