import * as renderer from "@storybook/web-components/entry-preview";
import { composeStories } from "storybook/preview-api";
import { afterEach, describe, expect, it } from "vitest";
import { expectAccessible, until } from "../test/helpers.js";
import type { CwdIndicatorChart } from "./indicator-chart.js";
import * as stories from "./indicator-chart.stories.js";

type RunnableStory = { run(context: { canvasElement: HTMLElement }): Promise<void> };
const composed = composeStories(stories as never, renderer as never) as Record<string, RunnableStory>;

const settled: Record<string, (root: ShadowRoot) => unknown> = {
  Default: (root) => root.querySelector(".target"),
  Bars: (root) => root.querySelector("rect.bar"),
  NoTarget: (root) => root.querySelector("table") && !root.querySelector(".target"),
  Indicator: (root) => root.querySelector(".indicator .status.on_track") && root.querySelector("details"),
  IndicatorOffTrack: (root) => root.querySelector(".indicator .status.off_track"),
  IndicatorNoData: (root) => root.querySelector(".indicator .status.no_data"),
  LoadError: (root) => root.querySelector('[role="alert"]'),
};

afterEach(() => {
  document.body.replaceChildren();
});

describe("cwd-indicator-chart stories", { timeout: 30_000 }, () => {
  it("covers every story", () => {
    expect(Object.keys(composed).sort()).toEqual(Object.keys(settled).sort());
  });
  for (const [name, Story] of Object.entries(composed)) {
    it(`${name} renders accessibly`, async () => {
      const canvasElement = document.createElement("div");
      document.body.append(canvasElement);
      await Story.run({ canvasElement });
      const element = await until(() =>
        canvasElement.querySelector<CwdIndicatorChart>("cwd-indicator-chart"),
      );
      await until(() => element.shadowRoot && settled[name]?.(element.shadowRoot));
      await expectAccessible(element);
    });
  }
});
