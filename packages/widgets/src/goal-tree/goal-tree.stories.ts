import type { Store } from "@cwd/core";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "./define.js";
import { largeTree, partnership, treeStore } from "./fixtures.js";

interface Args {
  lang: "pl" | "en";
  openLevels: number;
  store: () => Promise<Store>;
}

const meta: Meta<Args> = {
  title: "Widgets/cwd-goal-tree",
  component: "cwd-goal-tree",
  args: { lang: "pl", openLevels: 1, store: () => treeStore() },
  argTypes: {
    lang: { control: "inline-radio", options: ["pl", "en"] },
    store: { table: { disable: true } },
  },
  loaders: [async ({ args }) => ({ store: await args.store() })],
  render: (args, { loaded }) =>
    html`<cwd-goal-tree
      partnership=${partnership.id}
      lang=${args.lang}
      open-levels=${args.openLevels}
      .store=${loaded.store as Store}
    ></cwd-goal-tree>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The vision and the four strategic goals, the first level open. */
export const Default: Story = {};

/** Every level open. */
export const Expanded: Story = { args: { openLevels: 4 } };

export const English: Story = { args: { lang: "en" } };

/** The store never answers. */
export const Loading: Story = {
  args: { store: async () => ({ ...(await treeStore()), list: () => new Promise<never>(() => {}) }) },
};

/** The store cannot be reached. */
export const LoadError: Story = {
  args: {
    store: async () => ({
      ...(await treeStore()),
      list: () => Promise.reject(new TypeError("Failed to fetch")),
    }),
  },
};

/** A partnership with no goals yet. */
export const Empty: Story = { args: { store: () => treeStore({ goals: [], indicators: [] }) } };

/** 2,000 goals, every level open: the tree scrolls in its own box and draws only the rows in view. */
export const ThousandsOfGoals: Story = { args: { openLevels: 4, store: () => treeStore(largeTree(2000)) } };
