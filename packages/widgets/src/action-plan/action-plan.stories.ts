import type { Store } from "@cwd/core";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "./define.js";
import { partnership, seededStore } from "./fixtures.js";

interface Args {
  lang: "pl" | "en";
  groupBy: "goal" | "member";
  sample: boolean;
  width: string;
  store: () => Promise<Store>;
}

const meta: Meta<Args> = {
  title: "Widgets/cwd-action-plan",
  component: "cwd-action-plan",
  args: { lang: "pl", groupBy: "goal", sample: false, width: "100%", store: () => seededStore() },
  argTypes: {
    lang: { control: "inline-radio", options: ["pl", "en"] },
    groupBy: { control: "inline-radio", options: ["goal", "member"] },
    store: { table: { disable: true } },
  },
  loaders: [async ({ args }) => ({ store: await args.store() })],
  render: (args, { loaded }) =>
    html`<div style="width: ${args.width}"><cwd-action-plan
      partnership=${partnership.id}
      group-by=${args.groupBy}
      today="2026-04-20"
      lang=${args.lang}
      ?sample=${args.sample}
      .store=${loaded.store as Store}
    ></cwd-action-plan></div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: "en" } };
export const ByMember: Story = { args: { groupBy: "member" } };
export const Sample: Story = { args: { sample: true } };
export const Narrow: Story = { args: { width: "320px" } };
export const Empty: Story = { args: { store: () => seededStore([]) } };
export const Loading: Story = {
  args: { store: async () => ({ ...(await seededStore()), get: () => new Promise<never>(() => {}) }) },
};
export const ErrorWithRetry: Story = {
  args: {
    store: async () => ({
      ...(await seededStore()),
      get: () => Promise.reject(new TypeError("Failed to fetch")),
    }),
  },
};
