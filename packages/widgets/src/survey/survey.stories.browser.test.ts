import * as renderer from "@storybook/web-components/entry-preview";
import { composeStories } from "storybook/preview-api";
import { afterEach, describe, expect, it } from "vitest";
import { expectAccessible, until } from "../test/helpers.js";
import type { CwdSurvey } from "./survey.js";
import * as stories from "./survey.stories.js";

// Every story is a state a resident can meet; each one, rendered as Storybook renders it, must pass axe.
// composeStories is typed for any renderer and returns `{}`; what it gives per story is `run`.
type RunnableStory = { run(context: { canvasElement: HTMLElement }): Promise<void> };
const composed = composeStories(stories as never, renderer as never) as Record<string, RunnableStory>;

/** What each story settles on: the text or element that shows its state has been reached. */
const settled: Record<string, (root: ShadowRoot) => unknown> = {
  Default: (root) => root.querySelector("form"),
  English: (root) => root.querySelector("form"),
  WithDeadline: (root) => root.textContent?.includes("31 grudnia 2030"),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  ErrorWithRetry: (root) => root.textContent?.includes("Nie udało się wczytać"),
  NotFound: (root) => root.textContent?.includes("Nie znaleziono"),
  Closed: (root) => root.textContent?.includes("zamknięta"),
  Draft: (root) => root.textContent?.includes("nie jest jeszcze dostępna"),
  Invalid: (root) => root.querySelector(".summary"),
  Submitted: (root) => root.querySelector(".thanks"),
  EveryQuestionType: (root) => root.querySelectorAll("#q-gmina-input option").length > 1,
  WithLogic: (root) => root.querySelector("#q-dojazd"),
  NotYetOpen: (root) => root.textContent?.includes("będzie otwarta"),
  AlreadyAnswered: (root) => root.textContent?.includes("już wypełniona"),
};

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe("cwd-survey stories", { timeout: 30_000 }, () => {
  it("covers every story", () => {
    expect(Object.keys(composed).sort()).toEqual(Object.keys(settled).sort());
  });

  for (const [name, Story] of Object.entries(composed)) {
    it(`${name} renders accessibly`, async () => {
      const canvasElement = document.createElement("div");
      document.body.append(canvasElement);
      await Story.run({ canvasElement });
      const element = await until(() => canvasElement.querySelector<CwdSurvey>("cwd-survey"));
      await until(() => element.shadowRoot && settled[name]?.(element.shadowRoot));
      await expectAccessible(element);
    });
  }
});
