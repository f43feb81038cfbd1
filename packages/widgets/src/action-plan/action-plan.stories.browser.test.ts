import * as renderer from "@storybook/web-components/entry-preview";
import { composeStories } from "storybook/preview-api";
import { afterEach, describe, expect, it } from "vitest";
import { expectAccessible, until } from "../test/helpers.js";
import type { CwdActionPlan } from "./action-plan.js";
import * as stories from "./action-plan.stories.js";

type RunnableStory = { run(context: { canvasElement: HTMLElement }): Promise<void> };
const composed = composeStories(stories as never, renderer as never) as Record<string, RunnableStory>;

const settled: Record<string, (root: ShadowRoot) => unknown> = {
  Default: (root) => root.querySelector("li.action"),
  English: (root) => root.textContent?.includes("Joint action plan") && root.querySelector("li.action"),
  ByMember: (root) => root.querySelector("h3")?.textContent?.includes("Gmina"),
  Sample: (root) => root.querySelector(".sample") && root.querySelector("li.action"),
  Narrow: (root) => root.querySelector("li.action"),
  Empty: (root) => root.textContent?.includes("nie ma jeszcze"),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  ErrorWithRetry: (root) => root.querySelector("[role=alert] button"),
};

afterEach(() => {
  document.body.replaceChildren();
});

describe("cwd-action-plan stories", { timeout: 30_000 }, () => {
  it("covers every story", () => {
    expect(Object.keys(composed).sort()).toEqual(Object.keys(settled).sort());
  });

  for (const [name, Story] of Object.entries(composed)) {
    it(`${name} renders accessibly`, async () => {
      const canvasElement = document.createElement("div");
      document.body.append(canvasElement);
      await Story.run({ canvasElement });
      const element = await until(() => canvasElement.querySelector<CwdActionPlan>("cwd-action-plan"));
      await until(() => element.shadowRoot && settled[name]?.(element.shadowRoot));
      await expectAccessible(element);
    });
  }
});
