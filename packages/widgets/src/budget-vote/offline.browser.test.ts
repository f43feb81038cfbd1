import { createOutboxStore } from "@cwd/adapters/indexeddb";
import type { Ballot } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { behindNetwork, expectAccessible, until } from "../test/helpers.js";
import type { CwdBudgetVote } from "./budget-vote.js";
import "./define.js";
import { partnership, seededStore, vote } from "./fixtures.js";

const shadow = (element: CwdBudgetVote) => element.shadowRoot!;
const text = (element: CwdBudgetVote) => shadow(element).textContent?.replace(/\s+/g, " ") ?? "";
const button = (element: CwdBudgetVote, label: RegExp) =>
  [...shadow(element).querySelectorAll<HTMLButtonElement>("button")].find((b) =>
    label.test(b.textContent ?? ""),
  )!;

/** A seeded memory store behind a network that can be cut. */
async function network() {
  const server = await seededStore();
  const stored = async (): Promise<Ballot[]> =>
    (await server.listSubmissions("ballots", { partnershipId: partnership.id })).items;
  return { ...behindNetwork(server), stored };
}

async function mount(setup: (element: CwdBudgetVote) => void): Promise<CwdBudgetVote> {
  const element = document.createElement("cwd-budget-vote");
  element.partnership = partnership.id;
  element.round = vote.id;
  setup(element);
  document.body.append(element);
  await until(() => shadow(element).querySelector("form, .saved"));
  return element;
}

async function vote1(element: CwdBudgetVote): Promise<void> {
  shadow(element).querySelector<HTMLInputElement>("input")!.click();
  await element.updateComplete;
  button(element, /potwierdzenia/).click();
  await until(() => shadow(element).querySelector(".confirm"));
  button(element, /Potwierdzam i wysyłam/).click();
}

afterEach(() => document.body.replaceChildren());

describe("cwd-budget-vote offline", { timeout: 30_000 }, () => {
  it("keeps a ballot cast offline on the device, then thanks once it has arrived, stored once", async () => {
    const { store, state, stored } = await network();
    state.down = true;
    const element = await mount((e) => {
      e.store = store;
      e.offline = true;
    });
    const heard: Ballot[] = [];
    element.addEventListener("cwd-vote", (event) => heard.push(event.detail));
    await vote1(element);
    await until(() => shadow(element).querySelector(".saved"));
    expect(text(element)).toContain("Głos zapisany na tym urządzeniu");
    await expectAccessible(element);
    expect(heard).toEqual([]);
    state.down = false;
    window.dispatchEvent(new Event("online"));
    await until(() => shadow(element).querySelector(".thanks:not(.saved)"));
    expect((await stored()).map((b) => b.id)).toEqual(heard.map((b) => b.id));
    expect(heard).toHaveLength(1);
  });

  it("finds a ballot kept before a reload, and sends it once", async () => {
    const { store, state, stored } = await network();
    state.down = true;
    const databaseName = crypto.randomUUID();
    const before = createOutboxStore({ store, databaseName });
    let element = await mount((e) => {
      e.store = before;
    });
    await vote1(element);
    await until(() => shadow(element).querySelector(".saved"));
    element.remove();
    await before.close();

    const after = createOutboxStore({ store, databaseName });
    element = await mount((e) => {
      e.store = after;
    });
    await until(() => shadow(element).querySelector(".saved"));
    state.down = false;
    button(element, /Spróbuj wysłać teraz/).click();
    await until(() => shadow(element).querySelector(".thanks:not(.saved)"));
    expect(await stored()).toHaveLength(1);
    await after.close();
  });
});
