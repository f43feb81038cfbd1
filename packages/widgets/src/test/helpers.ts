import type { Store } from "@cwd/core";
import axe from "axe-core";
import { expect, vi } from "vitest";

/** Fails with the rule ids and the offending nodes, so a violation is readable in the test output. */
export async function expectAccessible(element: Element): Promise<void> {
  const { violations } = await axe.run(element);
  const found = violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(found).toEqual([]);
}

/** Waits until `find` returns something, and returns it. */
export async function until<T>(find: () => T | null | undefined | false): Promise<T> {
  return vi.waitFor(
    () => {
      const found = find();
      if (!found) throw new Error("not there yet");
      return found;
    },
    { timeout: 5_000, interval: 20 },
  );
}

/**
 * A store behind a network that can be cut: while `state.down`, every submit fails as a lost
 * connection does. Closing it leaves the store behind open, as a page reload leaves the server.
 */
export function behindNetwork(server: Store): { store: Store; state: { down: boolean } } {
  const state = { down: false };
  const store: Store = {
    ...server,
    async submit(kind, submission) {
      if (state.down) throw new TypeError("Failed to fetch");
      return server.submit(kind, submission);
    },
    close: async () => undefined,
  };
  return { store, state };
}
