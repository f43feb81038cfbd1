import type { Store } from "@cwd/core";
import { createContext } from "@lit/context";

/**
 * The Store a `cwd-provider` hands to the widgets inside it. The key is a plain string rather than a
 * Symbol so that two copies of this package on one page (a bundle and an npm build) still meet.
 */
export const storeContext = createContext<Store>("cwd-store");
