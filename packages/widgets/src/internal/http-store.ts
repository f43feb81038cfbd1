import { createHttpStore } from "@cwd/adapters/http";
import type { Store } from "@cwd/core";

const clients = new Map<string, Store>();

/** One HTTP client per API address, shared by every widget on the page that names it. */
export function httpStore(baseUrl: string): Store {
  let store = clients.get(baseUrl);
  if (!store) {
    store = createHttpStore({ baseUrl });
    clients.set(baseUrl, store);
  }
  return store;
}
