import * as renderer from "@storybook/web-components/entry-preview";
import { composeStories } from "storybook/preview-api";
import { afterEach, describe, expect, it } from "vitest";
import { expectAccessible, until } from "./helpers.js";

/** What each story settles on: the text or element that shows its state has been reached. */
export type Settled = Record<string, (root: ShadowRoot) => unknown>;

// composeStories is typed for any renderer and returns `{}`; what it gives per story is `run`.
type RunnableStory = { run(context: { canvasElement: HTMLElement }): Promise<void> };

/**
 * Every story of an element is a state a resident can meet: each one, rendered as Storybook renders
 * it, must reach the state `settled` names for it and pass axe; a story without an entry fails.
 *
 * @example
 * describeStories("cwd-events", stories, { Default: (root) => root.querySelector("article") });
 */
export function describeStories(
  tag: string,
  stories: object,
  settled: Settled,
  options: { cleanUp?: () => void } = {},
): void {
  const composed = composeStories(stories as never, renderer as never) as Record<string, RunnableStory>;

  afterEach(() => {
    document.body.replaceChildren();
    options.cleanUp?.();
  });

  describe(`${tag} stories`, { timeout: 30_000 }, () => {
    it("covers every story", () => {
      expect(Object.keys(composed).sort()).toEqual(Object.keys(settled).sort());
    });

    for (const [name, Story] of Object.entries(composed)) {
      it(`${name} renders accessibly`, async () => {
        const canvasElement = document.createElement("div");
        document.body.append(canvasElement);
        await Story.run({ canvasElement });
        const element = await until(() => canvasElement.querySelector<HTMLElement>(tag));
        await until(() => element.shadowRoot && settled[name]?.(element.shadowRoot));
        await expectAccessible(element);
      });
    }
  });
}
