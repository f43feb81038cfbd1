import type { Store } from "@cwd/core";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "./define.js";
import { partnership, rankingData, round, seededStore } from "./fixtures.js";
import type { RankingMethod } from "./project-ranking.js";
import type { RankingData } from "./ranking-data.js";

interface Args {
  lang: "pl" | "en";
  method: RankingMethod;
  budget?: number;
  data?: RankingData;
  store?: () => Promise<Store>;
}

const meta: Meta<Args> = {
  title: "Widgets/cwd-project-ranking",
  component: "cwd-project-ranking",
  args: { lang: "pl", method: "weighted-sum", data: rankingData },
  argTypes: {
    lang: { control: "inline-radio", options: ["pl", "en"] },
    method: { control: "inline-radio", options: ["weighted-sum", "ahp", "topsis"] },
    data: { table: { disable: true } },
    store: { table: { disable: true } },
  },
  loaders: [async ({ args }) => ({ store: await args.store?.() })],
  render: (args, { loaded }) =>
    html`<cwd-project-ranking
      partnership=${partnership.id}
      round=${args.store ? round.id : ""}
      lang=${args.lang}
      method=${args.method}
      .budget=${args.budget}
      .data=${args.data}
      .store=${loaded.store as Store | undefined}
    ></cwd-project-ranking>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: "en" } };
export const WithBudgetLine: Story = { args: { budget: 600_000_000 } };
export const Ahp: Story = { args: { method: "ahp" } };
export const Topsis: Story = { args: { method: "topsis" } };
export const FromStore: Story = { args: { data: undefined, store: seededStore } };
export const Loading: Story = {
  args: {
    data: undefined,
    store: async () => ({ ...(await seededStore()), get: () => new Promise<never>(() => {}) }),
  },
};
export const ErrorWithRetry: Story = {
  args: {
    data: undefined,
    store: async () => ({
      ...(await seededStore()),
      get: () => Promise.reject(new TypeError("Failed to fetch")),
    }),
  },
};
export const Empty: Story = { args: { data: { ...rankingData, projects: [] } } };
