import type { Store, SurveyResponse } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import { partnership, seededStore, survey } from "./fixtures.js";
import type { CwdSurvey } from "./survey.js";

const shadow = (element: CwdSurvey) => element.shadowRoot!;
const button = (element: CwdSurvey, selector: string) =>
  shadow(element).querySelector<HTMLButtonElement>(selector);
const headings = (element: CwdSurvey) =>
  [...shadow(element).querySelectorAll(".section h3")].map((h) => h.textContent?.trim());

async function mountSteps(store: Store): Promise<CwdSurvey> {
  const element = document.createElement("cwd-survey");
  element.partnership = partnership.id;
  element.survey = survey.id;
  element.store = store;
  document.body.append(element);
  await until(() => shadow(element).querySelector("form"));
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe("cwd-survey with its sections as steps (the default)", { timeout: 30_000 }, () => {
  it("shows one section at a time with its progress, and checks each step before the next", async () => {
    const store = await seededStore();
    const element = await mountSteps(store);
    expect(headings(element)).toHaveLength(1);
    expect(shadow(element).querySelector("progress")?.value).toBe(1);
    expect(shadow(element).textContent).toContain("Część 1 z 2");
    expect(button(element, 'button[type="submit"]')).toBeNull();
    expect(button(element, "button.back")).toBeNull();

    // Next with the required gmina unanswered: the error at it, focus on its first option, no move.
    button(element, "button.next")?.click();
    await until(() => shadow(element).querySelector('[aria-invalid="true"]'));
    expect(shadow(element).textContent).toContain("Część 1 z 2");
    expect(shadow(element).activeElement?.getAttribute("name")).toBe("q-gmina");
    await expectAccessible(element);
  });

  it("is filled in and sent with the keyboard alone, step by step, and Back keeps the answers", async () => {
    const store = await seededStore();
    const element = await mountSteps(store);
    const first = headings(element)[0];

    await userEvent.keyboard("{Tab}{ArrowDown}"); // picks Gmina Ciechanowiec
    await userEvent.keyboard("{Tab}{Enter}"); // Next
    await until(() => shadow(element).textContent?.includes("Część 2 z 2"));
    // Focus goes to the new step's heading, so a screen reader reads where the resident is.
    expect(shadow(element).activeElement?.tagName).toBe("H3");
    expect(headings(element)[0]).not.toBe(first);

    button(element, "button.back")?.click();
    await until(() => shadow(element).textContent?.includes("Część 1 z 2"));
    expect(
      shadow(element).querySelector<HTMLInputElement>('input[value="gmina-ciechanowiec"]')?.checked,
    ).toBe(true);
    button(element, "button.next")?.click();
    await until(() => shadow(element).textContent?.includes("Część 2 z 2"));

    await userEvent.keyboard("{Tab}{ArrowRight}{ArrowRight}{ArrowRight}"); // the scale, at 4
    await userEvent.keyboard("{Tab}[Space]"); // transport
    button(element, 'button[type="submit"]')?.click();
    await until(() => shadow(element).querySelector(".thanks"));
    const page = await store.listSubmissions("responses", { partnershipId: partnership.id });
    expect(page.items.map((r: SurveyResponse) => r.answers)).toEqual([
      { gmina: "gmina-ciechanowiec", "ocena-gminy": 4, problemy: ["transport"] },
    ]);
  });

  it("shows every section on one page with layout=page", async () => {
    const element = await mountSteps(await seededStore());
    element.layout = "page";
    await element.updateComplete;
    expect(headings(element)).toHaveLength(2);
    expect(shadow(element).querySelector("progress")).toBeNull();
  });
});
