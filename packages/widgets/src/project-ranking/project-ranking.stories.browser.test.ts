import * as renderer from "@storybook/web-components/entry-preview";
import { composeStories } from "storybook/preview-api";
import { afterEach, describe, expect, it } from "vitest";
import { expectAccessible, until } from "../test/helpers.js";
import type { CwdProjectRanking } from "./project-ranking.js";
import * as stories from "./project-ranking.stories.js";

type RunnableStory = { run(context: { canvasElement: HTMLElement }): Promise<void> };
const composed = composeStories(stories as never, renderer as never) as Record<string, RunnableStory>;

/** What each story settles on. */
const settled: Record<string, (root: ShadowRoot) => unknown> = {
  Default: (root) => root.querySelector("table"),
  English: (root) => root.textContent?.includes("Ranking of projects"),
  WithBudgetLine: (root) => root.querySelector(".budget-line"),
  Ahp: (root) => root.textContent?.includes("CR ="),
  Topsis: (root) => root.querySelector("table"),
  FromStore: (root) => root.querySelector("table"),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  ErrorWithRetry: (root) => root.textContent?.includes("Nie udało się wczytać"),
  Empty: (root) => root.textContent?.includes("Nie ma jeszcze ocen"),
};

afterEach(() => document.body.replaceChildren());

describe("cwd-project-ranking stories", { timeout: 30_000 }, () => {
  it("covers every story", () => {
    expect(Object.keys(composed).sort()).toEqual(Object.keys(settled).sort());
  });

  for (const [name, Story] of Object.entries(composed)) {
    it(`${name} renders accessibly`, async () => {
      const canvasElement = document.createElement("div");
      document.body.append(canvasElement);
      await Story.run({ canvasElement });
      const element = await until(() =>
        canvasElement.querySelector<CwdProjectRanking>("cwd-project-ranking"),
      );
      await until(() => element.shadowRoot && settled[name]?.(element.shadowRoot));
      await expectAccessible(element);
    });
  }
});
