import * as renderer from "@storybook/web-components/entry-preview";
import { composeStories } from "storybook/preview-api";
import { afterEach, describe, expect, it } from "vitest";
import { expectAccessible, until } from "../test/helpers.js";
import type { CwdEvents } from "./events.js";
import * as stories from "./events.stories.js";

type RunnableStory = { run(context: { canvasElement: HTMLElement }): Promise<void> };
const composed = composeStories(stories as never, renderer as never) as Record<string, RunnableStory>;

const settled: Record<string, (root: ShadowRoot) => unknown> = {
  Default: (root) => root.querySelector("article"),
  English: (root) => root.textContent?.includes("Calendar of meetings") && root.querySelector("article"),
  Empty: (root) => root.textContent?.includes("Brak wydarzeń"),
  Full: (root) => root.querySelector("form"),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  ErrorWithRetry: (root) => root.querySelector("[role=alert] button"),
};

afterEach(() => {
  document.body.replaceChildren();
});

describe("cwd-events stories", { timeout: 30_000 }, () => {
  it("covers every story", () => {
    expect(Object.keys(composed).sort()).toEqual(Object.keys(settled).sort());
  });

  for (const [name, Story] of Object.entries(composed)) {
    it(`${name} renders accessibly`, async () => {
      const canvasElement = document.createElement("div");
      document.body.append(canvasElement);
      await Story.run({ canvasElement });
      const element = await until(() => canvasElement.querySelector<CwdEvents>("cwd-events"));
      await until(() => element.shadowRoot && settled[name]?.(element.shadowRoot));
      await expectAccessible(element);
    });
  }
});
