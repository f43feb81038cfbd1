import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "./define.js";
import { api, consultation, partnership, serve } from "./fixtures.js";
import type { CwdModeration } from "./moderation.js";

type Fetch = CwdModeration["fetch"];

interface Args {
  lang: "pl" | "en";
  /** Which comments it lists first. */
  view: CwdModeration["view"];
  /** The API to call, and the role of the token already entered in this tab (none: the token form). */
  server: () => Promise<{ fetch: Fetch; role?: string }>;
}

/**
 * The test API (with the queue, unless `queued` is false; with a comment hidden without reports and
 * an answer in Polish and English when `more`) and a token of `role` entered in this tab.
 */
const signedIn =
  (role?: string, queued = true, more = false) =>
  async () => {
    const served = await serve({ queued, hidden: more, answered: more });
    const key = `cwd-moderation-token:${api}`;
    if (role) sessionStorage.setItem(key, await served.token(role));
    else sessionStorage.removeItem(key);
    return { fetch: served.fetch, role };
  };

/** An API that is down. */
const down = async () => {
  sessionStorage.setItem(`cwd-moderation-token:${api}`, "cwd_any");
  return { fetch: (() => Promise.reject(new TypeError("Failed to fetch"))) as Fetch };
};

const meta: Meta<Args> = {
  title: "Widgets/cwd-moderation",
  component: "cwd-moderation",
  args: { lang: "pl", view: "queue", server: signedIn("editor") },
  argTypes: {
    lang: { control: "inline-radio", options: ["pl", "en"] },
    view: { control: "select", options: ["queue", "awaiting", "reported", "hidden", "unanswered", "all"] },
    server: { table: { disable: true } },
  },
  loaders: [async ({ args }) => ({ server: await args.server() })],
  render: (args, { loaded }) =>
    html`<cwd-moderation api=${api} partnership=${partnership.id} consultation=${consultation.id}
      lang=${args.lang} view=${args.view} .fetch=${(loaded.server as { fetch: Fetch }).fetch}></cwd-moderation>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Queue: Story = {};
export const English: Story = { args: { lang: "en" } };
/** Every comment, the one hidden without reports too, an answer in both languages, and how many still lack one. */
export const AllComments: Story = { args: { view: "all", server: signedIn("editor", true, true) } };
export const TokenNeeded: Story = { args: { server: signedIn() } };
export const Empty: Story = { args: { server: signedIn("moderator", false) } };
export const LoadFailed: Story = { args: { server: down } };
