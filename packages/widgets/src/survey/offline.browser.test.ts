import { createOutboxStore } from "@cwd/adapters/indexeddb";
import type { SurveyResponse } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { behindNetwork, expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import { partnership, seededStore, survey } from "./fixtures.js";
import type { CwdSurvey } from "./survey.js";

const shadow = (element: CwdSurvey) => element.shadowRoot!;
const text = (element: CwdSurvey) => shadow(element).textContent?.replace(/\s+/g, " ") ?? "";
const click = (element: CwdSurvey, selector: string) =>
  shadow(element).querySelector<HTMLElement>(selector)!.click();

/** A seeded memory store behind a network that can be cut. */
async function network() {
  const server = await seededStore();
  const stored = async (): Promise<SurveyResponse[]> =>
    (await server.listSubmissions("responses", { partnershipId: partnership.id })).items;
  return { ...behindNetwork(server), stored };
}

async function mount(setup: (element: CwdSurvey) => void): Promise<CwdSurvey> {
  const element = document.createElement("cwd-survey");
  element.layout = "page";
  element.partnership = partnership.id;
  element.survey = survey.id;
  setup(element);
  document.body.append(element);
  await until(() => shadow(element).querySelector("form, .saved"));
  return element;
}

async function answerAndSend(element: CwdSurvey): Promise<void> {
  click(element, 'input[name="q-gmina"][value="gmina-klukowo"]');
  click(element, 'input[name="q-ocena-gminy"][value="4"]');
  click(element, 'input[name="q-problemy"][value="transport"]');
  await element.updateComplete;
  click(element, 'button[type="submit"]');
}

/** What the browser fires when its connection goes or comes back. */
function goOffline(offline: boolean): void {
  window.dispatchEvent(new Event(offline ? "offline" : "online"));
}

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe("cwd-survey offline", { timeout: 30_000 }, () => {
  it("shows an offline indicator, announces it, and announces the return", async () => {
    const { store } = await network();
    const element = await mount((e) => {
      e.store = store;
      e.offline = true;
    });
    expect(shadow(element).querySelector(".offline")).toBeNull();
    goOffline(true);
    await until(() => shadow(element).querySelector(".offline"));
    expect(text(element)).toContain("Brak połączenia z internetem. Możesz dalej odpowiadać");
    const status = () => shadow(element).querySelector('[role="status"]')?.textContent ?? "";
    expect(status()).toContain("Brak połączenia z internetem");
    await expectAccessible(element);
    goOffline(false);
    await until(() => !shadow(element).querySelector(".offline"));
    expect(status()).toContain("Połączenie z internetem wróciło.");
  });

  it("says a survey without an outbox cannot send until the network returns", async () => {
    const { store } = await network();
    const element = await mount((e) => {
      e.store = store;
    });
    goOffline(true);
    await until(() => shadow(element).querySelector(".offline"));
    expect(text(element)).toContain("wyślesz je, gdy połączenie wróci");
  });

  it("keeps a response sent offline on the device, then thanks once it has arrived", async () => {
    const { store, state, stored } = await network();
    state.down = true;
    const element = await mount((e) => {
      e.store = store;
      e.offline = true;
    });
    const heard: SurveyResponse[] = [];
    element.addEventListener("cwd-submit", (event) => heard.push(event.detail));
    await answerAndSend(element);
    await until(() => shadow(element).querySelector(".saved"));
    expect(text(element)).toContain("Odpowiedzi zapisane na tym urządzeniu");
    expect(shadow(element).activeElement?.textContent).toBe("Odpowiedzi zapisane na tym urządzeniu");
    await expectAccessible(element);
    expect(heard).toEqual([]);
    state.down = false;
    window.dispatchEvent(new Event("online"));
    await until(() => shadow(element).querySelector(".thanks"));
    expect((await stored()).map((r) => r.id)).toEqual(heard.map((r) => r.id));
    expect(heard).toHaveLength(1);
  });

  it("finds a response kept before a reload, and sends it once", async () => {
    const { store, state, stored } = await network();
    state.down = true;
    const databaseName = crypto.randomUUID();
    const before = createOutboxStore({ store, databaseName });
    let element = await mount((e) => {
      e.store = before;
    });
    await answerAndSend(element);
    await until(() => shadow(element).querySelector(".saved"));
    element.remove();
    await before.close();

    const after = createOutboxStore({ store, databaseName });
    element = await mount((e) => {
      e.store = after;
    });
    await until(() => shadow(element).querySelector(".saved"));
    state.down = false;
    click(element, ".saved button");
    await until(() => shadow(element).querySelector(".thanks"));
    expect(await stored()).toHaveLength(1);
    await after.close();
  });
});
