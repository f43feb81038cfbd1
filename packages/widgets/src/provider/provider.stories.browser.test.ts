import * as renderer from "@storybook/web-components/entry-preview";
import { composeStories } from "storybook/preview-api";
import { afterEach, describe, it } from "vitest";
import { expectAccessible, until } from "../test/helpers.js";
import * as stories from "./provider.stories.js";

type RunnableStory = { run(context: { canvasElement: HTMLElement }): Promise<void> };
const { Default } = composeStories(stories as never, renderer as never) as Record<string, RunnableStory>;

afterEach(() => {
  document.body.replaceChildren();
});

describe("cwd-provider stories", { timeout: 30_000 }, () => {
  it("Default hands its store to the survey inside, accessibly", async () => {
    const canvasElement = document.createElement("div");
    document.body.append(canvasElement);
    await Default!.run({ canvasElement });
    const provider = await until(() => canvasElement.querySelector("cwd-provider"));
    const survey = await until(() => canvasElement.querySelector("cwd-survey"));
    await until(() => survey.shadowRoot?.querySelector("form"));
    await expectAccessible(provider);
  });
});
