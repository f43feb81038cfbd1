import type { Store } from "@cwd/core";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "../survey/define.js";
import "./define.js";
import { partnership, seededStore, survey } from "../survey/fixtures.js";

const meta: Meta = {
  title: "Widgets/cwd-provider",
  component: "cwd-provider",
  // The provider shows nothing itself: the stories show the widgets it serves.
  loaders: [async () => ({ store: await seededStore() })],
  render: (_args, { loaded }) =>
    html`<cwd-provider .store=${loaded.store as Store}>
      <cwd-survey partnership=${partnership.id} survey=${survey.id}></cwd-survey>
    </cwd-provider>`,
};
export default meta;

/** One provider, one survey inside it that finds its store there. */
export const Default: StoryObj = {};
