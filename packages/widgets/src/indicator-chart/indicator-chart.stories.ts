import type { Store } from "@cwd/core";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "./define.js";
import { chartStore, indicators, partnership } from "./fixtures.js";

interface Args {
  lang: "pl" | "en";
  kind: "line" | "bar";
  target?: number;
  /** An indicator's id: drawn instead of the series. */
  indicator: string;
  store: () => Promise<Store>;
}

const meta: Meta<Args> = {
  title: "Widgets/cwd-indicator-chart",
  component: "cwd-indicator-chart",
  args: { lang: "pl", kind: "line", target: 3.5, indicator: "", store: () => chartStore() },
  argTypes: { lang: { control: "inline-radio", options: ["pl", "en"] }, store: { table: { disable: true } } },
  loaders: [async ({ args }) => ({ store: await args.store() })],
  render: (args, { loaded }) =>
    html`<cwd-indicator-chart
      partnership=${partnership.id}
      series="bezrobocie"
      indicator=${args.indicator}
      lang=${args.lang}
      kind=${args.kind}
      .target=${args.target}
      .store=${loaded.store as Store}
    ></cwd-indicator-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Line charts, one per member, with the target line. */
export const Default: Story = {};
/** Bar charts. */
export const Bars: Story = { args: { kind: "bar" } };
/** No target line. */
export const NoTarget: Story = { args: { target: undefined } };
/** An indicator on track, with its measurements, baseline, target, and the per-member view of its series. */
export const Indicator: Story = { args: { indicator: indicators.onTrack.id, target: undefined } };
/** An indicator off track. */
export const IndicatorOffTrack: Story = { args: { indicator: indicators.offTrack.id, target: undefined } };
/** An indicator with no measurement yet: no data, not 0. */
export const IndicatorNoData: Story = { args: { indicator: indicators.noData.id, target: undefined } };
/** The series is not there. */
export const LoadError: Story = {
  args: {
    store: async () => ({
      ...(await chartStore()),
      get: () => Promise.reject(new TypeError("Failed to fetch")),
    }),
  },
};
