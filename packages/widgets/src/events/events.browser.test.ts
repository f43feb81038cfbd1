import type { Store } from "@cwd/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import type { CwdEvents } from "./events.js";
import { now, partnership, seededStore } from "./fixtures.js";

const shadow = (element: CwdEvents) => element.shadowRoot!;
const text = (element: Element | ShadowRoot) => element.textContent?.replace(/\s+/g, " ") ?? "";
const article = (element: CwdEvents, title: string) =>
  [...shadow(element).querySelectorAll("article")].find((a) => a.textContent?.includes(title))!;

async function mount(store: Store): Promise<CwdEvents> {
  const element = document.createElement("cwd-events");
  element.partnership = partnership.id;
  element.now = now;
  element.store = store;
  document.body.append(element);
  await until(() => shadow(element).querySelector("article"));
  return element;
}

async function signUp(element: CwdEvents, name: string, consent = true): Promise<HTMLFormElement> {
  const form = article(element, "Warsztat strategiczny").querySelector("form")!;
  await userEvent.fill(form.querySelector<HTMLInputElement>('input[name="name"]')!, name);
  if (consent) await userEvent.click(form.querySelector<HTMLInputElement>('input[name="consent"]')!);
  await userEvent.click(form.querySelector("button")!);
  return form;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("cwd-events", { timeout: 30_000 }, () => {
  it("shows upcoming and past events, results and an add-to-calendar button that saves an .ics file, accessibly", async () => {
    const element = await mount(await seededStore());
    const [upcoming, past] = [...shadow(element).querySelectorAll("h3")];
    expect(upcoming?.textContent).toBe("Nadchodzące");
    expect(past?.textContent).toBe("Minione");
    expect(text(article(element, "Warsztat strategiczny"))).toContain("30.03.2026, 10:00 – 14:00");
    expect(text(article(element, "Spotkanie konsultacyjne"))).toContain("Dodano cel: dowozy do szkół.");
    await expectAccessible(element);
    const saved: { name: string; blob: Blob }[] = [];
    const createObjectURL = vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      saved.push({ name: "", blob: blob as Blob });
      return "blob:test";
    });
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const last = saved.at(-1);
      if (last) last.name = this.download;
    });
    try {
      const button = [...article(element, "Warsztat strategiczny").querySelectorAll("button")].find((b) =>
        b.textContent?.includes("Dodaj do kalendarza"),
      )!;
      button.click();
      await until(() => saved[0]?.name);
      expect(saved[0]?.name).toBe("warsztat-strategiczny.ics");
      expect(await saved[0]?.blob.text()).toContain("DTSTART;TZID=Europe/Warsaw:20260330T100000");
    } finally {
      createObjectURL.mockRestore();
      clicks.mockRestore();
    }
  });

  it("filters by member and by kind", async () => {
    const element = await mount(await seededStore());
    const [member, kind] = [...shadow(element).querySelectorAll("select")];
    await userEvent.selectOptions(member!, "gmina-klukowo");
    await until(() => shadow(element).querySelectorAll("article").length === 2);
    await userEvent.selectOptions(kind!, "debate");
    await until(() => shadow(element).querySelectorAll("article").length === 1);
    expect(text(shadow(element))).toContain("Debata o transporcie");
    await expectAccessible(element);
  });

  it("signs a resident up with a clear confirmation, and refuses the one beyond capacity", async () => {
    const store = await seededStore();
    const first = await mount(store);
    const form = await signUp(first, "Anna", false);
    await until(() => form.querySelector("[role=alert]"));
    expect(text(form)).toContain("Zaznacz zgodę");
    await userEvent.click(form.querySelector<HTMLInputElement>('input[name="consent"]')!);
    await userEvent.click(form.querySelector("button")!);
    const confirmation = await until(() => shadow(first).querySelector(".confirmation"));
    expect(confirmation.textContent).toBe("Dziękujemy, Anna. Zapisaliśmy Cię na: Warsztat strategiczny.");
    await expectAccessible(first);
    first.remove();

    const second = await mount(store);
    const refused = await signUp(second, "Jan");
    const alert = await until(() => refused.querySelector("[role=alert]"));
    expect(alert.textContent).toBe("Brak wolnych miejsc: wszystkie miejsca na to wydarzenie są już zajęte.");
    await expectAccessible(second);
    const stored = await store.listSubmissions("signups", { partnershipId: partnership.id });
    expect(stored.items.map((s) => s.name)).toEqual(["Anna"]);
  });
});
