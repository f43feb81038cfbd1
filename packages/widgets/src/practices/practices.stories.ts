import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "./define.js";
import { documents } from "./fixtures.js";
import type { PracticeSource } from "./practices.js";

interface Args {
  lang: "pl" | "en";
  documents: PracticeSource[];
}

const meta: Meta<Args> = {
  title: "Widgets/cwd-practices",
  component: "cwd-practices",
  args: { lang: "pl", documents },
  argTypes: {
    lang: { control: "inline-radio", options: ["pl", "en"] },
    documents: { table: { disable: true } },
  },
  render: (args) => html`<cwd-practices lang=${args.lang} .documents=${args.documents}></cwd-practices>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: "en" } };
export const Empty: Story = { args: { documents: [] } };
