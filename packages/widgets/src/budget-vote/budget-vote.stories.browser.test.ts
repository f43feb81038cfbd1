import * as renderer from "@storybook/web-components/entry-preview";
import { composeStories } from "storybook/preview-api";
import { afterEach, describe, expect, it } from "vitest";
import { expectAccessible, until } from "../test/helpers.js";
import type { CwdBudgetVote } from "./budget-vote.js";
import * as stories from "./budget-vote.stories.js";

type RunnableStory = { run(context: { canvasElement: HTMLElement }): Promise<void> };
const composed = composeStories(stories as never, renderer as never) as Record<string, RunnableStory>;

/** What each story settles on. */
const settled: Record<string, (root: ShadowRoot) => unknown> = {
  Default: (root) => root.querySelector("form"),
  English: (root) => root.textContent?.includes("Choose projects"),
  UpToN: (root) => root.textContent?.includes("najwyżej 2 projekty"),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  ErrorWithRetry: (root) => root.textContent?.includes("Nie udało się wczytać"),
  Closed: (root) => root.textContent?.includes("nie przyjmuje"),
  OverBudget: (root) => root.textContent?.includes("Przekroczono budżet"),
  Confirming: (root) => root.querySelector(".confirm"),
  Results: (root) => root.querySelector(".results ol"),
  NoBallotsYet: (root) => root.textContent?.includes("Nie oddano jeszcze"),
  AsksForCode: (root) => root.querySelector("#code"),
  SavedOffline: (root) => root.querySelector(".saved"),
  CodeMissing: (root) => root.textContent?.includes("Wpisz kod zaproszenia."),
  AlreadyVotedHere: (root) => root.textContent?.includes("oddano już głos"),
  KioskThanks: (root) => root.textContent?.includes("Następna osoba"),
  ResultsWithComparison: (root) => root.textContent?.includes("Porównanie z wyborem"),
};

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe("cwd-budget-vote stories", { timeout: 30_000 }, () => {
  it("covers every story", () => {
    expect(Object.keys(composed).sort()).toEqual(Object.keys(settled).sort());
  });

  for (const [name, Story] of Object.entries(composed)) {
    it(`${name} renders accessibly`, async () => {
      const canvasElement = document.createElement("div");
      document.body.append(canvasElement);
      await Story.run({ canvasElement });
      const element = await until(() => canvasElement.querySelector<CwdBudgetVote>("cwd-budget-vote"));
      await until(() => element.shadowRoot && settled[name]?.(element.shadowRoot));
      await expectAccessible(element);
    });
  }
});
