import { createOutboxStore } from "@cwd/adapters/indexeddb";
import type { Store } from "@cwd/core";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "./define.js";
import { everyTypeStore, everyTypeSurvey } from "./every-type.fixtures.js";
import { partnership, seededStore, survey } from "./fixtures.js";
import type { CwdSurvey } from "./survey.js";

interface Args {
  lang: "pl" | "en";
  surveyId: string;
  layout: "steps" | "page";
  store: () => Promise<Store>;
}

/** A store that never answers: the survey stays in its loading state. */
const pendingStore = async (): Promise<Store> => ({
  ...(await seededStore()),
  get: () => new Promise<never>(() => {}),
});

/** A store that fails the first load (network down) and works after "Try again". */
const flakyStore = async (): Promise<Store> => {
  const store = await seededStore();
  let failed = false;
  return {
    ...store,
    get: (collection, key) => {
      if (failed) return store.get(collection, key);
      failed = true;
      return Promise.reject(new TypeError("Failed to fetch"));
    },
  };
};

/** An outbox store in front of a network that is down: whatever is sent waits on the device. */
const offlineStore = async (): Promise<Store> => {
  const databaseName = "cwd-story-outbox";
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(databaseName);
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
  const server = await seededStore();
  const down = () => Promise.reject(new TypeError("Failed to fetch"));
  return createOutboxStore({ store: { ...server, submit: down }, databaseName });
};

const meta: Meta<Args> = {
  title: "Widgets/cwd-survey",
  component: "cwd-survey",
  args: { lang: "pl", surveyId: survey.id, layout: "steps", store: () => seededStore() },
  argTypes: {
    lang: { control: "inline-radio", options: ["pl", "en"] },
    layout: { control: "inline-radio", options: ["steps", "page"] },
    store: { table: { disable: true } },
  },
  // Each story gets its own memory store, seeded fresh, so what one story sends stays there.
  loaders: [async ({ args }) => ({ store: await args.store() })],
  render: (args, { loaded }) =>
    html`<cwd-survey
      partnership=${partnership.id}
      survey=${args.surveyId}
      lang=${args.lang}
      layout=${args.layout}
      .store=${loaded.store as Store}
    ></cwd-survey>`,
};
export default meta;

type Story = StoryObj<Args>;

const surveyIn = (canvas: HTMLElement) => canvas.querySelector<CwdSurvey>("cwd-survey")!;

/** Waits for the form, then runs `act` on the element: sets up states that follow an interaction. */
async function whenForm(canvas: HTMLElement, act: (element: CwdSurvey) => void): Promise<void> {
  const element = surveyIn(canvas);
  while (!element.shadowRoot?.querySelector("form")) await new Promise((r) => setTimeout(r, 20));
  act(element);
}

const click = (element: CwdSurvey, selector: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(selector)!.click();

export const Default: Story = {};

export const English: Story = { args: { lang: "en" } };

/** Open until a deadline, which residents read in Polish time. */
export const WithDeadline: Story = {
  args: {
    store: async () => {
      const store = await seededStore();
      const current = await store.get("surveys", { partnershipId: partnership.id, id: survey.id });
      await store.put("surveys", { ...current, closesAt: "2030-12-31T22:59:00Z" });
      return store;
    },
  },
};

export const Loading: Story = { args: { store: pendingStore } };

export const ErrorWithRetry: Story = { name: "Error", args: { store: flakyStore } };

export const NotFound: Story = { args: { surveyId: "nie-ma-takiej-ankiety" } };

export const Closed: Story = { args: { store: () => seededStore("closed") } };

export const Draft: Story = { args: { store: () => seededStore("draft") } };

/** Every section on one page (`layout="page"`), rather than one step at a time. */
export const OnePage: Story = { args: { layout: "page" } };

/** The second of two steps: its progress, and Back beside Send. */
export const SecondStep: Story = {
  play: ({ canvasElement }) =>
    whenForm(canvasElement, (element) => {
      click(element, 'input[name="q-gmina"][value="gmina-klukowo"]');
      click(element, "button.next");
    }),
};

/** Next pressed with the step's required question unanswered: its error, and no moving on. */
export const StepInvalid: Story = {
  play: ({ canvasElement }) => whenForm(canvasElement, (element) => click(element, "button.next")),
};

/** Sent with nothing filled in: the error summary, inline errors and aria-invalid. */
export const Invalid: Story = {
  args: { layout: "page" },
  play: ({ canvasElement }) => whenForm(canvasElement, (element) => click(element, 'button[type="submit"]')),
};

/** Filled in and sent: the thank-you state. */
export const Submitted: Story = {
  args: { layout: "page" },
  play: ({ canvasElement }) =>
    whenForm(canvasElement, (element) => {
      click(element, 'input[name="q-gmina"][value="gmina-klukowo"]');
      click(element, 'input[name="q-ocena-gminy"][value="4"]');
      click(element, 'input[name="q-problemy"][value="transport"]');
      click(element, 'button[type="submit"]');
    }),
};

/** The browser has gone offline: the notice, also said to screen readers, while answering goes on. */
export const Offline: Story = {
  args: { store: offlineStore },
  play: ({ canvasElement }) => whenForm(canvasElement, () => window.dispatchEvent(new Event("offline"))),
};

/** Sent with no network: kept on this device until it can be sent, then thanked for. */
export const SavedOffline: Story = {
  args: { store: offlineStore, layout: "page" },
  play: ({ canvasElement }) =>
    whenForm(canvasElement, (element) => {
      click(element, 'input[name="q-gmina"][value="gmina-klukowo"]');
      click(element, 'input[name="q-ocena-gminy"][value="4"]');
      click(element, 'input[name="q-problemy"][value="transport"]');
      click(element, 'button[type="submit"]');
    }),
};

/** One question of every type: member, number, date, dropdown, other, none, 0-10 with "don't know", matrix, ranking, consent. */
export const EveryQuestionType: Story = {
  args: { surveyId: everyTypeSurvey.id, store: () => everyTypeStore() },
};

/** A section shown by a condition: "Szkoła" appears once "Tak" is chosen for children. */
export const WithLogic: Story = {
  args: { surveyId: everyTypeSurvey.id, store: () => everyTypeStore(), layout: "page" },
  play: ({ canvasElement }) =>
    whenForm(canvasElement, (element) => {
      const select = element.shadowRoot!.querySelector<HTMLSelectElement>("#q-dzieci-input")!;
      select.value = "tak";
      select.dispatchEvent(new Event("change"));
    }),
};

/** Before `opensAt`: says when it opens, in Polish time. */
export const NotYetOpen: Story = {
  args: {
    surveyId: everyTypeSurvey.id,
    store: () => everyTypeStore({ opensAt: "2099-01-01T08:00:00+01:00" }),
  },
};

/** A device marker left by an earlier response on this device. */
export const AlreadyAnswered: Story = {
  args: {
    surveyId: everyTypeSurvey.id,
    store: () => {
      localStorage.setItem(
        `cwd-survey:answered:${partnership.id}:${everyTypeSurvey.id}`,
        "2026-11-27T10:00:00Z",
      );
      return everyTypeStore({ deviceMarker: true });
    },
  },
};
