import type { Store } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import type { CwdComments } from "./comments.js";
import { aComment, consultation, partnership, seededStore, servedClient, target } from "./fixtures.js";

const shadow = (element: CwdComments) => element.shadowRoot!;
const text = (element: CwdComments) => shadow(element).textContent?.replace(/\s+/g, " ") ?? "";
const editors = (element: CwdComments) => [...shadow(element).querySelectorAll("cwd-comment-edit")];
const inner = (element: CwdComments) => editors(element)[0]!.shadowRoot!;

function mount(store: Store): CwdComments {
  const element = document.createElement("cwd-comments");
  element.partnership = partnership.id;
  element.consultation = consultation.id;
  element.target = target;
  element.lang = "en";
  element.client = servedClient(store);
  document.body.append(element);
  return element;
}

/** Sends a comment through the form, as a resident would. */
async function send(element: CwdComments, words: string) {
  await until(() => shadow(element).querySelector("form"));
  shadow(element).querySelector<HTMLInputElement>('input[name="stance"][value="against"]')!.click();
  const area = shadow(element).querySelector<HTMLTextAreaElement>("#text")!;
  area.value = words;
  area.dispatchEvent(new Event("input"));
  shadow(element).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await until(() => text(element).includes(words));
}

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe("cwd-comments: editing one's own comment", { timeout: 30_000 }, () => {
  it("keeps the secret, offers Edit on this device's comment only, and saves a correction by keyboard", async () => {
    const store = await seededStore({}, [aComment({ text: "Cudzy komentarz." })]);
    const element = mount(store);
    await send(element, "Za mało autobusów.");
    const [key] = Object.keys(localStorage);
    const held = JSON.parse(localStorage.getItem(key as string) as string);
    expect(key).toMatch(/^cwd-comment-edit:/);
    expect(held.secret).toMatch(/^[0-9a-f]{48}$/);
    expect(Date.parse(held.until)).toBeGreaterThan(Date.now());
    await until(() => editors(element)[0]?.shadowRoot?.querySelector("button"));
    expect(editors(element)).toHaveLength(1);
    expect(editors(element)[0]!.closest("article")?.textContent).toContain("Za mało autobusów.");
    await expectAccessible(element);

    inner(element).querySelector("button")!.focus();
    await userEvent.keyboard("{Enter}");
    await until(() => inner(element).activeElement?.tagName === "TEXTAREA");
    await userEvent.keyboard("{Control>}a{/Control}Za mało autobusów do Klukowa.");
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    await until(() => text(element).includes("Za mało autobusów do Klukowa."));
    await until(() => editors(element)[0]?.shadowRoot?.textContent?.includes("Correction saved."));
    const steps = await store.listSubmissions("moderation", { partnershipId: partnership.id });
    expect(steps.items.map((s) => [s.action, s.text])).toEqual([["edit", "Za mało autobusów do Klukowa."]]);
    await expectAccessible(element);
  });

  it("shows the server's reason when it refuses the correction", async () => {
    const mine = aComment({ text: "Mój komentarz." });
    const store = await seededStore({}, [mine]);
    localStorage.setItem(
      `cwd-comment-edit:${mine.id}`,
      JSON.stringify({ secret: "not-the-secret", until: "2099-01-01T00:00:00Z" }),
    );
    const element = mount(store);
    await until(() => editors(element)[0]?.shadowRoot?.querySelector("button"));
    inner(element).querySelector("button")!.click();
    await until(() => inner(element).querySelector("form"));
    inner(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => inner(element).querySelector('[role="alert"]'));
    expect(inner(element).querySelector('[role="alert"]')?.textContent).toBe(
      "The correction was not accepted: the edit secret does not match this comment",
    );
    await expectAccessible(element);
  });

  it("offers no Edit once the window has ended, and forgets the secret", async () => {
    const ended = aComment({ text: "Stary komentarz." });
    const ending = aComment({ text: "Zaraz minie." });
    const store = await seededStore({}, [ended, ending]);
    localStorage.setItem(
      `cwd-comment-edit:${ended.id}`,
      JSON.stringify({ secret: "s", until: "2026-01-01T00:00:00Z" }),
    );
    localStorage.setItem(
      `cwd-comment-edit:${ending.id}`,
      JSON.stringify({ secret: "s", until: new Date(Date.now() + 1500).toISOString() }),
    );
    const element = mount(store);
    await until(() => text(element).includes("Zaraz minie."));
    expect(localStorage.getItem(`cwd-comment-edit:${ended.id}`)).toBeNull();
    expect(editors(element)).toHaveLength(1);
    await until(() => editors(element)[0]?.shadowRoot?.querySelector("button"));
    await until(() => !editors(element)[0]?.shadowRoot?.querySelector("button"));
  });
});
