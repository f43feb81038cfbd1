import * as renderer from "@storybook/web-components/entry-preview";
import { composeStories } from "storybook/preview-api";
import { afterEach, describe, expect, it } from "vitest";
import { expectAccessible, until } from "../test/helpers.js";
import type { CwdGoalTree } from "./goal-tree.js";
import * as stories from "./goal-tree.stories.js";

type RunnableStory = { run(context: { canvasElement: HTMLElement }): Promise<void> };
const composed = composeStories(stories as never, renderer as never) as Record<string, RunnableStory>;

const settled: Record<string, (root: ShadowRoot) => unknown> = {
  Default: (root) => root.querySelectorAll('[role="treeitem"]').length === 5,
  Expanded: (root) => root.querySelectorAll('[role="treeitem"]').length === 8,
  English: (root) =>
    root.textContent?.includes("Strategy goals") || root.querySelector('[aria-label="Strategy goals"]'),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  LoadError: (root) => root.querySelector('[role="alert"]'),
  Empty: (root) => root.textContent?.includes("nie ma jeszcze celów"),
};

afterEach(() => {
  document.body.replaceChildren();
});

describe("cwd-goal-tree stories", { timeout: 30_000 }, () => {
  it("covers every story", () => {
    expect(Object.keys(composed).sort()).toEqual(Object.keys(settled).sort());
  });

  for (const [name, Story] of Object.entries(composed)) {
    it(`${name} renders accessibly`, async () => {
      const canvasElement = document.createElement("div");
      document.body.append(canvasElement);
      await Story.run({ canvasElement });
      const element = await until(() => canvasElement.querySelector<CwdGoalTree>("cwd-goal-tree"));
      await until(() => element.shadowRoot && settled[name]?.(element.shadowRoot));
      await expectAccessible(element);
    });
  }
});
