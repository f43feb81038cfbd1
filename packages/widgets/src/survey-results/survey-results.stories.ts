import { createMemoryStore } from "@cwd/adapters/memory";
import { ForbiddenError, type Store } from "@cwd/core";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "./define.js";
import { everyTypeSurvey } from "../survey/every-type.fixtures.js";
import { partnership } from "../survey/fixtures.js";

interface Args {
  lang: "pl" | "en";
  store: () => Promise<Store>;
}

/** Twelve responses from three gminy with populations, so weighting and suppression both show. */
async function resultsStore(): Promise<Store> {
  const store = createMemoryStore();
  const populations: Record<string, number> = {
    "gmina-klukowo": 6000,
    "gmina-szepietowo": 4000,
    "gmina-ciechanowiec": 9000,
  };
  await store.put("partnerships", {
    ...partnership,
    members: partnership.members.map((m) =>
      populations[m.id]
        ? { ...m, population: { value: populations[m.id] as number, year: 2024, source: "story" } }
        : m,
    ),
  });
  await store.put("surveys", everyTypeSurvey);
  const gminy = ["gmina-klukowo", "gmina-szepietowo", "gmina-ciechanowiec"];
  for (let i = 0; i < 12; i++) {
    await store.submit("responses", {
      id: `00000000-0000-4000-8000-${i.toString().padStart(12, "0")}`,
      partnershipId: partnership.id,
      surveyId: everyTypeSurvey.id,
      submittedAt: "2026-11-27T10:00:00Z",
      answers: {
        gmina: gminy[i % 3 === 0 ? 0 : i % 2] as string,
        dzieci: i % 3 === 0 ? "nie" : "tak",
        ...(i % 3 === 0 ? {} : { dojazd: "o1" }),
        polecenie: i % 11,
        uslugi: { zdrowie: (i % 5) + 1, szkoly: 3 },
        priorytety: i % 2 ? ["o1", "o2"] : ["o3", "o1"],
        zgoda: true,
      },
    });
  }
  return store;
}

const meta: Meta<Args> = {
  title: "Widgets/cwd-survey-results",
  component: "cwd-survey-results",
  args: { lang: "pl", store: resultsStore },
  argTypes: { lang: { control: "inline-radio", options: ["pl", "en"] }, store: { table: { disable: true } } },
  loaders: [async ({ args }) => ({ store: await args.store() })],
  render: (args, { loaded }) =>
    html`<cwd-survey-results
      partnership=${partnership.id}
      survey=${everyTypeSurvey.id}
      lang=${args.lang}
      .store=${loaded.store as Store}
    ></cwd-survey-results>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const English: Story = { args: { lang: "en" } };

/** Chooses `value` in the element's select called `name`, once it is drawn. */
function choose(name: string, value: string): Story["play"] {
  return async ({ canvasElement }) => {
    const element = canvasElement.querySelector("cwd-survey-results")!;
    const find = () => element.shadowRoot?.querySelector<HTMLSelectElement>(`select[name=${name}]`);
    while (!find()) await new Promise((r) => setTimeout(r, 20));
    const select = find() as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event("change"));
  };
}

/** Crossed by gmina: cells with fewer than 5 people are hidden. */
export const Crosstab: Story = { play: choose("by", "gmina") };

/** Only Klukowo's respondents: figures on fewer than 5 of them are hidden. */
export const FilteredByMember: Story = { play: choose("where", "gmina=gmina-klukowo") };

/** A store that never answers. */
export const Loading: Story = {
  args: { store: async () => ({ ...(await resultsStore()), get: () => new Promise<never>(() => {}) }) },
};

/** A store that fails. */
export const LoadFailed: Story = {
  args: {
    store: async () => ({
      ...(await resultsStore()),
      get: () => Promise.reject(new TypeError("Failed to fetch")),
    }),
  },
};

/** A survey still open: the store keeps its responses from the public until it closes. */
export const NotPublicYet: Story = {
  args: {
    store: async () => ({
      ...(await resultsStore()),
      listSubmissions: () => Promise.reject(new ForbiddenError("the results are not public yet")),
    }),
  },
};
