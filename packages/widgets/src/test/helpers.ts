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
