import type { Store } from "@cwd/core";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "./define.js";
import { consultation, partnership, seededStore, target, threadStore } from "./fixtures.js";

interface Args {
  lang: "pl" | "en";
  store: () => Promise<Store>;
}

/** A store whose reads never answer: the thread stays loading. */
const pendingStore = async (): Promise<Store> => ({
  ...(await seededStore()),
  get: () => new Promise<never>(() => {}),
});

/** A store whose reads fail, as when the network is down. */
const failingStore = async (): Promise<Store> => ({
  ...(await seededStore()),
  get: () => Promise.reject(new TypeError("Failed to fetch")),
});

const meta: Meta<Args> = {
  title: "Widgets/cwd-comments",
  component: "cwd-comments",
  args: { lang: "pl", store: () => threadStore() },
  argTypes: { lang: { control: "inline-radio", options: ["pl", "en"] }, store: { table: { disable: true } } },
  loaders: [async ({ args }) => ({ store: await args.store() })],
  render: (args, { loaded }) =>
    html`<cwd-comments partnership=${partnership.id} consultation=${consultation.id} target=${target}
      lang=${args.lang} .store=${loaded.store as Store}></cwd-comments>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: "en" } };
export const Empty: Story = { args: { store: () => seededStore() } };
export const AwaitingModeration: Story = { args: { store: () => seededStore({ moderation: "before" }) } };
export const Closed: Story = { args: { store: () => threadStore({ closesAt: "2026-03-01T00:00:00Z" }) } };
export const Loading: Story = { args: { store: pendingStore } };
export const ErrorWithRetry: Story = { args: { store: failingStore } };
