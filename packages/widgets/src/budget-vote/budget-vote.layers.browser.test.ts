import { codeDigest, type Store, submissionIdForCode } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { expectAccessible, until } from "../test/helpers.js";
import type { CwdBudgetVote } from "./budget-vote.js";
import "./define.js";
import { partnership, seededStore, vote } from "./fixtures.js";

// One ballot per person: invitation codes (checked by the store), the device marker, kiosk mode.
const shadow = (element: CwdBudgetVote) => element.shadowRoot!;
const text = (element: CwdBudgetVote) => shadow(element).textContent?.replace(/\s+/g, " ") ?? "";
const boxes = (element: CwdBudgetVote) => [
  ...shadow(element).querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];
const codeField = (element: CwdBudgetVote) => shadow(element).querySelector<HTMLInputElement>("#code")!;
const button = (element: CwdBudgetVote, label: RegExp) =>
  [...shadow(element).querySelectorAll<HTMLButtonElement>("button")].find((b) =>
    label.test(b.textContent ?? ""),
  )!;

async function mount(store: Store): Promise<CwdBudgetVote> {
  const element = document.createElement("cwd-budget-vote");
  element.partnership = partnership.id;
  element.round = vote.id;
  element.store = store;
  document.body.append(element);
  await until(() => shadow(element).querySelector("form"));
  return element;
}

async function voteFor(element: CwdBudgetVote, box: number): Promise<void> {
  boxes(element)[box]!.click();
  button(element, /potwierdzenia/).click();
  await until(() => shadow(element).querySelector(".confirm"));
  button(element, /Potwierdzam/).click();
}

const code = "K7QF-M2XA-9TRC";

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe("cwd-budget-vote: one ballot per person", { timeout: 30_000 }, () => {
  it("asks for an invitation code, refuses a wrong one, takes a right one once", async () => {
    const store = await seededStore({ invitationCodes: { digests: [codeDigest(vote.id, code)] } });
    const element = await mount(store);
    await expectAccessible(element);
    boxes(element)[1]!.click();
    button(element, /potwierdzenia/).click();
    await until(() => text(element).includes("Wpisz kod zaproszenia."));
    expect(shadow(element).activeElement).toBe(codeField(element));
    await expectAccessible(element);

    await userEvent.type(codeField(element), "AAAA-BBBB-CCCC");
    button(element, /potwierdzenia/).click();
    await until(() => shadow(element).querySelector(".confirm"));
    button(element, /Potwierdzam/).click();
    await until(() => text(element).includes("nie jest kodem tego głosowania"));
    await expectAccessible(element);

    button(element, /Wróć/).click();
    await until(() => shadow(element).querySelector("form"));
    await userEvent.clear(codeField(element));
    await userEvent.type(codeField(element), "k7qf m2xa 9trc");
    button(element, /potwierdzenia/).click();
    await until(() => shadow(element).querySelector(".confirm"));
    button(element, /Potwierdzam/).click();
    await until(() => shadow(element).querySelector(".thanks"));
    const stored = (await store.listSubmissions("ballots", { partnershipId: partnership.id })).items;
    expect(stored.map((b) => [b.id, b.code])).toEqual([[submissionIdForCode(vote.id, code), code]]);

    // The same code on another device: the store refuses a second, different ballot.
    document.body.replaceChildren();
    const again = await mount(store);
    boxes(again)[0]!.click();
    await userEvent.type(codeField(again), code);
    button(again, /potwierdzenia/).click();
    await until(() => shadow(again).querySelector(".confirm"));
    button(again, /Potwierdzam/).click();
    await until(() => text(again).includes("już wykorzystany"));
    expect(button(again, /Potwierdzam/)).toBeUndefined();
    await expectAccessible(again);
  });

  it("leaves a device marker: the same device is told it has voted", async () => {
    const store = await seededStore({ deviceMarker: true });
    const element = await mount(store);
    await voteFor(element, 1);
    await until(() => shadow(element).querySelector(".thanks"));
    expect(button(element, /Następna/)).toBeUndefined();
    document.body.replaceChildren();
    const later = document.createElement("cwd-budget-vote");
    later.partnership = partnership.id;
    later.round = vote.id;
    later.store = store;
    document.body.append(later);
    await until(() => text(later).includes("Na tym urządzeniu oddano już głos"));
    expect(shadow(later).querySelector("form")).toBeNull();
    await expectAccessible(later);
  });

  it("in kiosk mode, clears the ballot for the next person", async () => {
    const store = await seededStore({ kiosk: true });
    const element = await mount(store);
    await voteFor(element, 1);
    await until(() => shadow(element).querySelector(".thanks"));
    await expectAccessible(element);
    button(element, /Następna osoba/).click();
    await until(() => shadow(element).querySelector("form"));
    expect(boxes(element).every((box) => !box.checked)).toBe(true);
    expect(shadow(element).activeElement).toBe(boxes(element)[0]);
    await voteFor(element, 0);
    await until(() => shadow(element).querySelector(".thanks"));
    expect((await store.listSubmissions("ballots", { partnershipId: partnership.id })).items).toHaveLength(2);
  });
});
