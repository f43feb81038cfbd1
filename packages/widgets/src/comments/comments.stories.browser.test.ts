import * as renderer from "@storybook/web-components/entry-preview";
import { composeStories } from "storybook/preview-api";
import { afterEach, describe, expect, it } from "vitest";
import { expectAccessible, until } from "../test/helpers.js";
import type { CwdComments } from "./comments.js";
import * as stories from "./comments.stories.js";

type RunnableStory = { run(context: { canvasElement: HTMLElement }): Promise<void> };
const composed = composeStories(stories as never, renderer as never) as Record<string, RunnableStory>;

/** What each story settles on. */
const settled: Record<string, (root: ShadowRoot) => unknown> = {
  Default: (root) => root.querySelector('[part="answer"]'),
  English: (root) => root.textContent?.includes("The partnership's answer"),
  Empty: (root) => root.textContent?.includes("Nikt jeszcze"),
  AwaitingModeration: (root) => root.querySelector("form"),
  Closed: (root) => root.textContent?.includes("Konsultacje są zamknięte"),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  ErrorWithRetry: (root) => root.textContent?.includes("Nie udało się wczytać"),
};

afterEach(() => {
  document.body.replaceChildren();
});

describe("cwd-comments stories", { timeout: 30_000 }, () => {
  it("covers every story", () => {
    expect(Object.keys(composed).sort()).toEqual(Object.keys(settled).sort());
  });

  for (const [name, Story] of Object.entries(composed)) {
    it(`${name} renders accessibly`, async () => {
      const canvasElement = document.createElement("div");
      document.body.append(canvasElement);
      await Story.run({ canvasElement });
      const element = await until(() => canvasElement.querySelector<CwdComments>("cwd-comments"));
      await until(() => element.shadowRoot && settled[name]?.(element.shadowRoot));
      await expectAccessible(element);
    });
  }
});
