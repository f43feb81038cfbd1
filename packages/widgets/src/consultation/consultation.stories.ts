import type { Store } from "@cwd/core";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "./define.js";
import { consultation, partnership, seededStore, threadStore } from "../comments/fixtures.js";

interface Args {
  lang: "pl" | "en";
  store: () => Promise<Store>;
}

/** A store whose reads fail, as when the network is down. */
const failingStore = async (): Promise<Store> => ({
  ...(await seededStore()),
  get: () => Promise.reject(new TypeError("Failed to fetch")),
});

const meta: Meta<Args> = {
  title: "Widgets/cwd-consultation",
  component: "cwd-consultation",
  args: { lang: "pl", store: () => threadStore() },
  argTypes: { lang: { control: "inline-radio", options: ["pl", "en"] }, store: { table: { disable: true } } },
  loaders: [async ({ args }) => ({ store: await args.store() })],
  render: (args, { loaded }) =>
    html`<cwd-consultation partnership=${partnership.id} consultation=${consultation.id}
      lang=${args.lang} .store=${loaded.store as Store}></cwd-consultation>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Open: Story = {};
export const English: Story = { args: { lang: "en" } };
export const Upcoming: Story = {
  args: { store: () => seededStore({ noticeAt: "2098-01-01T00:00:00Z", opensAt: "2098-01-02T00:00:00Z" }) },
};
export const Closed: Story = { args: { store: () => threadStore({ closesAt: "2026-03-01T00:00:00Z" }) } };
export const Reported: Story = {
  args: {
    store: () => threadStore({ closesAt: "2026-03-01T00:00:00Z", reportPublishedAt: "2026-03-20T10:00:00Z" }),
  },
};
export const ErrorWithRetry: Story = { args: { store: failingStore } };
