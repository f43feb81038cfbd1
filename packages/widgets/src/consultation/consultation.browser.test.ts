import type { Store } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import type { CwdComments } from "../comments/comments.js";
import { consultation, partnership, seededStore, threadStore } from "../comments/fixtures.js";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import type { CwdConsultation } from "./consultation.js";

const shadow = (element: Element) => element.shadowRoot!;
const text = (element: Element) => shadow(element).textContent?.replace(/\s+/g, " ") ?? "";
const buttons = (element: CwdConsultation, label: string) =>
  [...shadow(element).querySelectorAll("button")].filter((b) => b.textContent?.trim() === label);

function mount(store: Store): CwdConsultation {
  const element = document.createElement("cwd-consultation");
  element.partnership = partnership.id;
  element.consultation = consultation.id;
  element.store = store;
  document.body.append(element);
  return element;
}

afterEach(() => document.body.replaceChildren());

describe("cwd-consultation", { timeout: 30_000 }, () => {
  it("shows the document, a countdown in Warsaw time and the channels, accessibly", async () => {
    const element = mount(await seededStore());
    await until(() => text(element).includes("Zostało"));
    expect(text(element)).toContain("Uwagi przyjmujemy do 31 grudnia 2099");
    expect(shadow(element).querySelectorAll('[part="paragraph"][tabindex="0"]')).toHaveLength(2);
    expect(shadow(element).querySelector('[role="status"]')?.textContent?.trim()).toBe("");
    await expectAccessible(element);
  });

  it("comments on a passage selected with the keyboard: focus, select, Tab, Enter", async () => {
    const store = await seededStore();
    const element = mount(store);
    await until(() => shadow(element).querySelector("[data-paragraph]"));
    const paragraph = shadow(element).querySelector<HTMLElement>('[data-paragraph="transport-1"]')!;
    paragraph.focus();
    // What caret browsing (F7) and Shift+arrows do: a selection of part of the paragraph's text.
    const words =
      paragraph.firstChild?.nodeType === Node.TEXT_NODE ? paragraph.firstChild : paragraph.lastChild!;
    const start = words.textContent!.indexOf("połączenia");
    const range = document.createRange();
    range.setStart(words, start);
    range.setEnd(words, start + "połączenia autobusowego".length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    await until(() => buttons(element, "Skomentuj zaznaczony fragment").length === 1);
    await userEvent.tab();
    await userEvent.tab();
    expect(shadow(element).activeElement?.textContent?.trim()).toBe("Skomentuj zaznaczony fragment");
    await userEvent.keyboard("{Enter}");
    const comments = await until(() => shadow(element).querySelector<CwdComments>("cwd-comments"));
    await customElements.whenDefined("cwd-comments");
    await comments.updateComplete;
    expect(comments.target).toBe("paragraph:transport-1");
    expect(comments.passage).toBe("połączenia autobusowego");
    await until(() => shadow(comments).querySelector("blockquote"));
    expect(shadow(element).querySelector('[role="status"]')?.textContent).toContain("otwarte poniżej");
    await expectAccessible(element);
  });

  it("opens a section's thread, and shows a closed consultation without forms", async () => {
    const element = mount(await threadStore({ closesAt: "2026-03-01T00:00:00Z" }));
    await until(() => text(element).includes("zakończyły się"));
    expect(buttons(element, "Skomentuj ten akapit")).toHaveLength(0);
    buttons(element, "Pokaż komentarze")[0]!.click();
    const comments = await until(() => shadow(element).querySelector<CwdComments>("cwd-comments"));
    await until(() => text(comments).includes("Konsultacje są zamknięte"));
    expect(shadow(comments).querySelector("form")).toBeNull();
    await expectAccessible(element);
  });

  it("shows the report once published: counts, every comment once, and the answers", async () => {
    const element = mount(
      await threadStore({ closesAt: "2026-03-01T00:00:00Z", reportPublishedAt: "2026-03-20T10:00:00Z" }),
    );
    await until(() => shadow(element).querySelector('[part="report"] li'));
    const report = shadow(element).querySelector('[part="report"]')!;
    expect(report.querySelectorAll("ol > li")).toHaveLength(3);
    expect(report.textContent).toContain("Uwag: 3, z odpowiedzią: 1.");
    expect(report.textContent).toContain("Dodamy to do diagnozy.");
    expect(report.textContent).toContain("Treść ukryta przez moderację.");
    await expectAccessible(element);
  });
});
