import type { Store } from "@cwd/core";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "./define.js";
import { now, partnership, seededStore } from "./fixtures.js";

interface Args {
  lang: "pl" | "en";
  store: () => Promise<Store>;
}

/** A store whose only event is already full. */
const fullStore = async (): Promise<Store> => {
  const store = await seededStore();
  const submit: Store["submit"] = () =>
    Promise.reject(Object.assign(new Error("wydarzenie pełne"), { code: "forbidden", reason: "full" }));
  return { ...store, submit };
};

const meta: Meta<Args> = {
  title: "Widgets/cwd-events",
  component: "cwd-events",
  args: { lang: "pl", store: () => seededStore() },
  argTypes: {
    lang: { control: "inline-radio", options: ["pl", "en"] },
    store: { table: { disable: true } },
  },
  loaders: [async ({ args }) => ({ store: await args.store() })],
  render: (args, { loaded }) =>
    html`<cwd-events partnership=${partnership.id} now=${now} lang=${args.lang} .store=${loaded.store as Store}></cwd-events>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: "en" } };
export const Empty: Story = { args: { store: () => seededStore([]) } };
export const Full: Story = { args: { store: fullStore } };
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
