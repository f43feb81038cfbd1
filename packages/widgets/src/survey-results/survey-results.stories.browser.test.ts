import * as renderer from "@storybook/web-components/entry-preview";
import { composeStories } from "storybook/preview-api";
import { afterEach, describe, expect, it } from "vitest";
import { expectAccessible, until } from "../test/helpers.js";
import type { CwdSurveyResults } from "./survey-results.js";
import * as stories from "./survey-results.stories.js";

// Every story is a state a resident can meet; each one, rendered as Storybook renders it, must pass axe.
// composeStories is typed for any renderer and returns `{}`; what it gives per story is `run`.
type RunnableStory = { run(context: { canvasElement: HTMLElement }): Promise<void> };
const composed = composeStories(stories as never, renderer as never) as Record<string, RunnableStory>;

/** What each story settles on. */
const settled: Record<string, (root: ShadowRoot) => unknown> = {
  Default: (root) => root.querySelector("table"),
  English: (root) => root.textContent?.includes("Respondents: 12"),
  Crosstab: (root) => root.querySelector("table.crosstab"),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  LoadFailed: (root) => root.querySelector('[role="alert"]'),
};

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe("cwd-survey-results stories", { timeout: 30_000 }, () => {
  it("covers every story", () => {
    expect(Object.keys(composed).sort()).toEqual(Object.keys(settled).sort());
  });

  for (const [name, Story] of Object.entries(composed)) {
    it(`${name} renders accessibly`, async () => {
      const canvasElement = document.createElement("div");
      document.body.append(canvasElement);
      await Story.run({ canvasElement });
      const element = await until(() => canvasElement.querySelector<CwdSurveyResults>("cwd-survey-results"));
      await until(() => element.shadowRoot && settled[name]?.(element.shadowRoot));
      await expectAccessible(element);
    });
  }
});
