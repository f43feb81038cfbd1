import type { Ballot, Store } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { expectAccessible, until } from "../test/helpers.js";
import type { CwdBudgetVote } from "./budget-vote.js";
import "./define.js";
import { partnership, sampleBallots, seededStore, vote } from "./fixtures.js";

const shadow = (element: CwdBudgetVote) => element.shadowRoot!;
const text = (element: CwdBudgetVote) => shadow(element).textContent?.replace(/\s+/g, " ") ?? "";
const boxes = (element: CwdBudgetVote) => [...shadow(element).querySelectorAll<HTMLInputElement>("input")];
const button = (element: CwdBudgetVote, label: RegExp) =>
  [...shadow(element).querySelectorAll<HTMLButtonElement>("button")].find((b) =>
    label.test(b.textContent ?? ""),
  )!;

async function mount(store: Store, view: "ballot" | "results" = "ballot"): Promise<CwdBudgetVote> {
  const element = document.createElement("cwd-budget-vote");
  element.partnership = partnership.id;
  element.round = vote.id;
  element.view = view;
  element.store = store;
  document.body.append(element);
  await until(() => shadow(element).querySelector(view === "results" ? ".results" : "form"));
  return element;
}

async function ballots(store: Store): Promise<Ballot[]> {
  return (await store.listSubmissions("ballots", { partnershipId: partnership.id })).items;
}

afterEach(() => document.body.replaceChildren());

describe("cwd-budget-vote", { timeout: 30_000 }, () => {
  it("shows the candidates with their costs, a running total and a clear message when over", async () => {
    const element = await mount(await seededStore());
    expect(text(element)).toContain("Plac zabaw w Klukowie");
    expect(text(element)).toMatch(/120\s000\szł/);
    expect(text(element)).toContain("Przykład");
    await expectAccessible(element);
    boxes(element)[0]!.click();
    boxes(element)[2]!.click();
    await until(() => shadow(element).querySelector('[role="alert"]'));
    expect(text(element)).toMatch(/Wybrano za 210\s000\szł z 200\s000\szł/);
    expect(text(element)).toMatch(/Przekroczono budżet o 10\s000\szł/);
    expect(button(element, /potwierdzenia/).getAttribute("aria-disabled")).toBe("true");
    await expectAccessible(element);
  });

  it("asks for at least one project when none is chosen", async () => {
    const element = await mount(await seededStore());
    button(element, /potwierdzenia/).click();
    await until(() => text(element).includes("Wybierz co najmniej jeden projekt"));
    expect(shadow(element).querySelector(".confirm")).toBeNull();
    await expectAccessible(element);
  });

  it("votes by keyboard: tick, review, confirm; a thank-you, and one ballot stored", async () => {
    const store = await seededStore();
    const element = await mount(store);
    const voted: Ballot[] = [];
    element.addEventListener("cwd-vote", (event) => voted.push(event.detail));
    boxes(element)[0]!.focus();
    await userEvent.keyboard(" ");
    await userEvent.tab();
    await userEvent.keyboard(" ");
    await until(() => text(element).includes("150"));
    button(element, /potwierdzenia/).focus();
    await userEvent.keyboard("{Enter}");
    await until(() => shadow(element).querySelector(".confirm"));
    expect(shadow(element).activeElement?.textContent).toBe("Sprawdź swój głos");
    await expectAccessible(element);
    button(element, /Potwierdzam/).focus();
    await userEvent.keyboard("{Enter}");
    await until(() => shadow(element).querySelector(".thanks"));
    expect(voted.map((b) => b.projectIds)).toEqual([["plac-zabaw-klukowo", "lawki-szepietowo"]]);
    expect((await ballots(store)).map((b) => b.id)).toEqual([voted[0]!.id]);
    await expectAccessible(element);
  });

  it("retries a failed send with the same ballot id, stored once", async () => {
    const real = await seededStore();
    const sent: Ballot[] = [];
    let fail = true;
    const store: Store = {
      ...real,
      submit: (kind, submission) => {
        sent.push(submission as Ballot);
        if (fail) {
          fail = false;
          return Promise.reject(new TypeError("Failed to fetch"));
        }
        return real.submit(kind, submission);
      },
    };
    const element = await mount(store);
    boxes(element)[1]!.click();
    button(element, /potwierdzenia/).click();
    await until(() => shadow(element).querySelector(".confirm"));
    button(element, /Potwierdzam/).click();
    await until(() => text(element).includes("Nie udało się wysłać"));
    await expectAccessible(element);
    button(element, /Spróbuj/).click();
    await until(() => shadow(element).querySelector(".thanks"));
    expect(sent.map((b) => b.id)).toEqual([sent[0]!.id, sent[0]!.id]);
    expect(await ballots(real)).toHaveLength(1);
  });

  it("says a closed vote takes no ballots", async () => {
    const element = document.createElement("cwd-budget-vote");
    element.partnership = partnership.id;
    element.round = vote.id;
    element.store = await seededStore({ status: "closed" });
    document.body.append(element);
    await until(() => text(element).includes("nie przyjmuje"));
    await expectAccessible(element);
  });

  it("shows the results with the rule's explanations, in English too", async () => {
    const store = await seededStore({ status: "closed" }, sampleBallots);
    const element = await mount(store, "results");
    expect(text(element)).toContain("Oddano 10 głosów");
    expect(text(element)).toContain("metoda równych udziałów");
    expect(text(element)).toContain("każdy z");
    expect(shadow(element).querySelectorAll(".results ol li").length).toBeGreaterThan(0);
    await expectAccessible(element);
    element.lang = "en";
    await until(() => text(element).includes("Method of Equal Shares"));
    expect(text(element)).toContain("10 ballots cast");
  });

  it("says which outcome the comparison step kept, and the counts", async () => {
    const rule = {
      rule: "equal-shares" as const,
      completion: "add1" as const,
      comparison: "popularity" as const,
    };
    const store = await seededStore({ status: "closed", rule }, sampleBallots);
    const element = await mount(store, "results");
    expect(text(element)).toMatch(/Porównanie z wyborem według liczby głosów: .* \d+ głosujących/);
    await expectAccessible(element);
  });
});
