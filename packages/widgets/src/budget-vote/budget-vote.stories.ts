import { createOutboxStore } from "@cwd/adapters/indexeddb";
import { codeDigest, type Store } from "@cwd/core";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import type { CwdBudgetVote } from "./budget-vote.js";
import "./define.js";
import { partnership, sampleBallots, seededStore, vote } from "./fixtures.js";

interface Args {
  lang: "pl" | "en";
  view: "ballot" | "results";
  store: () => Promise<Store>;
}

/** A store that never answers: the element stays in its loading state. */
const pendingStore = async (): Promise<Store> => ({
  ...(await seededStore()),
  get: () => new Promise<never>(() => {}),
});

/** A store whose network is down. */
const offlineStore = async (): Promise<Store> => ({
  ...(await seededStore()),
  get: () => Promise.reject(new TypeError("Failed to fetch")),
});

/** A vote that takes ballots with an invitation code only. */
const codesStore = () =>
  seededStore({ invitationCodes: { digests: [codeDigest(vote.id, "K7QF-M2XA-9TRC")] } });

/** A vote with the device marker, on a device that has already voted. */
const votedHereStore = () => {
  localStorage.setItem(`cwd-budget-vote:voted:${partnership.id}:${vote.id}`, "2026-11-27T10:00:00Z");
  return seededStore({ deviceMarker: true });
};

/** An outbox store (as with `offline`) whose network is down for sending: ballots wait on the device. */
const keptOfflineStore = async (): Promise<Store> => {
  const server = await seededStore();
  const down = () => Promise.reject(new TypeError("Failed to fetch"));
  return createOutboxStore({ store: { ...server, submit: down }, databaseName: crypto.randomUUID() });
};

const meta: Meta<Args> = {
  title: "Widgets/cwd-budget-vote",
  component: "cwd-budget-vote",
  args: { lang: "pl", view: "ballot", store: () => seededStore() },
  argTypes: {
    lang: { control: "inline-radio", options: ["pl", "en"] },
    view: { control: "inline-radio", options: ["ballot", "results"] },
    store: { table: { disable: true } },
  },
  loaders: [async ({ args }) => ({ store: await args.store() })],
  render: (args, { loaded }) =>
    html`<cwd-budget-vote
      partnership=${partnership.id}
      round=${vote.id}
      view=${args.view}
      lang=${args.lang}
      .store=${loaded.store as Store}
    ></cwd-budget-vote>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Waits for the ballot, then runs `act` on it: the states that follow an interaction. */
async function whenForm(canvas: HTMLElement, act: (root: ShadowRoot, element: CwdBudgetVote) => void) {
  const element = canvas.querySelector<CwdBudgetVote>("cwd-budget-vote")!;
  const started = Date.now();
  while (!element.shadowRoot?.querySelector("form") && Date.now() - started < 5000)
    await new Promise((resolve) => setTimeout(resolve, 20));
  act(element.shadowRoot!, element);
}

const tick = (root: ShadowRoot, ...indexes: number[]) => {
  const boxes = root.querySelectorAll<HTMLInputElement>("input");
  for (const i of indexes) boxes[i]!.click();
};

export const Default: Story = {};
export const English: Story = { args: { lang: "en" } };
export const UpToN: Story = {
  args: { store: () => seededStore({ ballot: { limit: "count", max: 2 } }) },
};
export const Loading: Story = { args: { store: pendingStore } };
export const ErrorWithRetry: Story = { args: { store: offlineStore } };
export const Closed: Story = { args: { store: () => seededStore({ status: "closed" }) } };
export const OverBudget: Story = {
  play: ({ canvasElement }) => whenForm(canvasElement, (root) => tick(root, 0, 2)),
};
export const Confirming: Story = {
  play: ({ canvasElement }) =>
    whenForm(canvasElement, (root) => {
      tick(root, 0, 1);
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    }),
};
export const Results: Story = {
  args: { view: "results", store: () => seededStore({ status: "closed" }, sampleBallots) },
};
export const NoBallotsYet: Story = { args: { view: "results" } };
export const AsksForCode: Story = { args: { store: codesStore } };
export const CodeMissing: Story = {
  args: { store: codesStore },
  play: ({ canvasElement }) =>
    whenForm(canvasElement, (root) => {
      tick(root, 1);
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    }),
};
export const AlreadyVotedHere: Story = { args: { store: votedHereStore } };
/** Cast with no network: kept on this device, sent when the network returns. */
export const SavedOffline: Story = {
  args: { store: keptOfflineStore },
  play: ({ canvasElement }) =>
    whenForm(canvasElement, (root) => {
      tick(root, 1);
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const confirm = () => {
        const button = root.querySelector<HTMLButtonElement>(".confirm button");
        if (button) button.click();
        else setTimeout(confirm, 20);
      };
      confirm();
    }),
};
export const KioskThanks: Story = {
  args: { store: () => seededStore({ kiosk: true }) },
  play: ({ canvasElement }) =>
    whenForm(canvasElement, (root) => {
      tick(root, 1);
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const confirm = () => {
        const button = root.querySelector<HTMLButtonElement>(".confirm button");
        if (button) button.click();
        else setTimeout(confirm, 20);
      };
      confirm();
    }),
};
export const ResultsWithComparison: Story = {
  args: {
    view: "results",
    store: () =>
      seededStore(
        { status: "closed", rule: { rule: "equal-shares", completion: "add1", comparison: "popularity" } },
        sampleBallots,
      ),
  },
};
