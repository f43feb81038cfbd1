import type { Store, SurveyResponse } from "@cwd/core";
import { ValidationError } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import { partnership, seededStore, survey } from "./fixtures.js";
import type { CwdSurvey } from "./survey.js";

const shadow = (element: CwdSurvey) => element.shadowRoot!;
const text = (element: CwdSurvey) => shadow(element).textContent?.replace(/\s+/g, " ") ?? "";
const input = (element: CwdSurvey, selector: string) =>
  shadow(element).querySelector<HTMLInputElement>(selector)!;

function mount(store: Store, options: { lang?: string; surveyId?: string } = {}): CwdSurvey {
  const element = document.createElement("cwd-survey");
  element.layout = "page";
  element.partnership = partnership.id;
  element.survey = options.surveyId ?? survey.id;
  if (options.lang) element.lang = options.lang;
  element.store = store;
  document.body.append(element);
  return element;
}

async function mountForm(store: Store, options: { lang?: string } = {}): Promise<CwdSurvey> {
  const element = mount(store, options);
  await until(() => shadow(element).querySelector("form"));
  return element;
}

/** Answers every required question with the mouse-free DOM `click()`, as a resident would tick boxes. */
function fillRequired(element: CwdSurvey): void {
  input(element, 'input[name="q-gmina"][value="gmina-klukowo"]').click();
  input(element, 'input[name="q-ocena-gminy"][value="4"]').click();
  input(element, 'input[name="q-problemy"][value="transport"]').click();
  input(element, 'input[name="q-problemy"][value="praca"]').click();
}

const submitButton = (element: CwdSurvey) =>
  shadow(element).querySelector<HTMLButtonElement>('button[type="submit"]')!;

async function stored(store: Store): Promise<SurveyResponse[]> {
  const page = await store.listSubmissions("responses", { partnershipId: partnership.id });
  return page.items;
}

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe("cwd-survey", { timeout: 30_000 }, () => {
  it("renders the survey in Polish by default, accessibly", async () => {
    const element = await mountForm(await seededStore());
    expect(shadow(element).querySelector("h2")?.textContent).toBe("Ankieta dla mieszkańców");
    expect(text(element)).toContain("W której gminie mieszkasz?");
    expect(text(element)).toContain("(wymagane)");
    expect(submitButton(element).textContent?.trim()).toBe("Wyślij odpowiedzi");
    expect(shadow(element).querySelectorAll("fieldset.section")).toHaveLength(2);
    await expectAccessible(element);
  });

  it("takes the site's theme from :root or from its own tag", async () => {
    const element = await mountForm(await seededStore());
    const background = () => getComputedStyle(submitButton(element)).backgroundColor;
    expect(background()).toBe("rgb(11, 87, 208)");
    document.documentElement.style.setProperty("--cwd-color-accent", "rgb(11, 79, 138)");
    try {
      expect(background()).toBe("rgb(11, 79, 138)");
      element.style.setProperty("--cwd-color-accent", "rgb(120, 20, 20)");
      expect(background()).toBe("rgb(120, 20, 20)");
    } finally {
      document.documentElement.style.removeProperty("--cwd-color-accent");
    }
  });

  it("renders English texts with lang=en", async () => {
    const element = await mountForm(await seededStore(), { lang: "en" });
    expect(shadow(element).querySelector("h2")?.textContent).toBe("Residents' survey");
    expect(text(element)).toContain("Town of Wysokie Mazowieckie");
    expect(text(element)).toContain("1 – very poor");
    expect(submitButton(element).textContent?.trim()).toBe("Send answers");
    expect(shadow(element).querySelector('[part="base"]')?.getAttribute("lang")).toBe("en");
  });

  it("tells residents the deadline in Polish time, whatever their own clock", async () => {
    const store = await seededStore();
    const current = await store.get("surveys", { partnershipId: partnership.id, id: survey.id });
    await store.put("surveys", { ...current, closesAt: "2030-12-31T22:59:00Z" });
    const element = await mountForm(store);
    expect(text(element)).toContain("Odpowiedzi przyjmujemy do 31 grudnia 2030 23:59 (czasu polskiego).");
    element.lang = "en";
    await element.updateComplete;
    expect(text(element)).toContain("Answers are accepted until 31 December 2030 at 23:59 (Polish time).");
    await expectAccessible(element);
  });

  it("marks required questions and links help text and scale ends", async () => {
    const element = await mountForm(await seededStore());
    expect(input(element, 'input[name="q-gmina"]').required).toBe(true);
    expect(input(element, "#q-co-zmienic-input").required).toBe(false);
    const textarea = input(element, "#q-co-zmienic-input");
    expect(textarea.getAttribute("aria-describedby")).toBe("q-co-zmienic-help q-co-zmienic-count");
    expect(textarea.maxLength).toBe(500);
    expect(input(element, 'input[name="q-ocena-gminy"][value="1"]').getAttribute("aria-describedby")).toBe(
      "q-ocena-gminy-min",
    );
    expect(shadow(element).querySelector("#q-ocena-gminy-min")?.textContent).toBe("1 – bardzo źle");
  });

  it("is filled in and sent with the keyboard alone", async () => {
    const store = await seededStore();
    const element = await mountForm(store);
    const submitted: SurveyResponse[] = [];
    document.body.addEventListener("cwd-submit", (event) => submitted.push(event.detail));

    await userEvent.keyboard("{Tab}"); // the first gmina
    await userEvent.keyboard("{ArrowDown}"); // moves to and picks Gmina Ciechanowiec
    await userEvent.keyboard("{Tab}"); // the scale, at 1
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}"); // 4
    await userEvent.keyboard("{Tab}[Space]"); // transport
    await userEvent.keyboard("{Tab}{Tab}[Space]"); // praca
    await userEvent.keyboard("{Tab}{Tab}{Tab}"); // the text
    await userEvent.keyboard("Więcej autobusów");
    expect(text(element)).toContain("Pozostały 484 znaki");
    await userEvent.keyboard("{Tab}{Enter}"); // send

    const heading = await until(() => shadow(element).querySelector(".thanks h2"));
    expect(shadow(element).activeElement).toBe(heading);
    const [response] = await stored(store);
    expect(response?.answers).toEqual({
      gmina: "gmina-ciechanowiec",
      "ocena-gminy": 4,
      problemy: ["transport", "praca"],
      "co-zmienic": "Więcej autobusów",
    });
    expect(submitted).toEqual([response]);
    await expectAccessible(element);
  });

  it("leaves out optional questions left unanswered", async () => {
    const store = await seededStore();
    const element = await mountForm(store);
    fillRequired(element);
    submitButton(element).click();
    await until(() => shadow(element).querySelector(".thanks"));
    const [response] = await stored(store);
    expect(Object.keys(response?.answers ?? {})).toEqual(["gmina", "ocena-gminy", "problemy"]);
  });

  it("shows a summary and inline errors for missing answers, and sends nothing", async () => {
    const store = await seededStore();
    const element = await mountForm(store);
    submitButton(element).click();

    const summary = await until(() => shadow(element).querySelector<HTMLElement>(".summary"));
    expect(shadow(element).activeElement).toBe(summary);
    const links = [...summary.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["#q-gmina", "#q-ocena-gminy", "#q-problemy"]);
    expect(links[0]?.textContent).toBe("W której gminie mieszkasz? – Odpowiedz na to pytanie.");
    expect(shadow(element).querySelector("#q-gmina-error")?.textContent).toContain(
      "Odpowiedz na to pytanie.",
    );
    expect(shadow(element).querySelector("#q-gmina")?.getAttribute("aria-describedby")).toBe("q-gmina-error");
    expect(input(element, 'input[name="q-problemy"]').getAttribute("aria-invalid")).toBe("true");
    expect(input(element, "#q-co-zmienic-input").getAttribute("aria-invalid")).toBe("false");
    expect(await stored(store)).toEqual([]);
    await expectAccessible(element);

    links[2]?.click();
    expect(shadow(element).activeElement).toBe(input(element, 'input[name="q-problemy"][value="transport"]'));
  });

  it("refuses a choice beyond maxChoices and says why", async () => {
    const element = await mountForm(await seededStore());
    for (const option of ["transport", "drogi", "praca", "zdrowie"]) {
      input(element, `input[name="q-problemy"][value="${option}"]`).click();
    }
    const checked = [
      ...shadow(element).querySelectorAll<HTMLInputElement>('input[name="q-problemy"]:checked'),
    ];
    expect(checked.map((i) => i.value)).toEqual(["transport", "drogi", "praca"]);
    await until(() => shadow(element).querySelector('[role="status"]')?.textContent?.includes("najwyżej 3"));
  });

  it("retries a failed send with the same response id", async () => {
    const memory = await seededStore();
    const attempts: SurveyResponse[] = [];
    // The first request reaches the store but its answer is lost on the way back.
    const submit: Store["submit"] = async (kind, response) => {
      attempts.push(response as SurveyResponse);
      const result = await memory.submit(kind, response);
      if (attempts.length === 1) throw new TypeError("Failed to fetch");
      return result;
    };
    const element = await mountForm({ ...memory, submit });
    fillRequired(element);
    submitButton(element).click();

    const retry = await until(() =>
      shadow(element).querySelector<HTMLButtonElement>(".actions [role=alert] button"),
    );
    expect(text(element)).toContain("Nie udało się wysłać odpowiedzi");
    expect(input(element, 'input[name="q-gmina"][value="gmina-klukowo"]').checked).toBe(true);
    retry.click();

    await until(() => shadow(element).querySelector(".thanks"));
    expect(attempts).toHaveLength(2);
    expect(attempts[1]).toEqual(attempts[0]);
    expect((await stored(memory)).map((r) => r.id)).toEqual([attempts[0]?.id]);
  });

  it("shows answers the server rejected at their questions", async () => {
    const memory = await seededStore();
    const submit: Store["submit"] = async () => {
      throw new ValidationError([
        { path: "answers.problemy", message: "transport is not one of the options" },
      ]);
    };
    const element = await mountForm({ ...memory, submit });
    fillRequired(element);
    submitButton(element).click();
    await until(() => shadow(element).querySelector("#q-problemy-error"));
    expect(shadow(element).querySelector(".summary a")?.getAttribute("href")).toBe("#q-problemy");
  });

  it("shows a closed survey's message and no form", async () => {
    const element = mount(await seededStore("closed"));
    await until(() => text(element).includes("Ta ankieta jest zamknięta"));
    expect(shadow(element).querySelector("form")).toBeNull();
    await expectAccessible(element);
  });

  it("says when the survey does not exist", async () => {
    const element = mount(await seededStore(), { surveyId: "nie-ma-takiej" });
    const alert = await until(() => shadow(element).querySelector('[role="alert"]'));
    expect(alert.textContent).toContain("Nie znaleziono tej ankiety");
    expect(shadow(element).querySelector("form")).toBeNull();
  });

  it("shows loading, then an error with retry that loads again", async () => {
    const memory = await seededStore();
    let calls = 0;
    let fail: (error: Error) => void = () => {};
    const get: Store["get"] = (collection, key) => {
      calls += 1;
      if (calls > 1) return memory.get(collection, key);
      return new Promise((_, reject) => {
        fail = reject;
      });
    };
    const element = mount({ ...memory, get });
    const base = await until(() => shadow(element).querySelector('[part="base"]'));
    expect(base.getAttribute("aria-busy")).toBe("true");
    expect(shadow(element).querySelector('[role="status"]')?.textContent).toBe("Wczytywanie ankiety…");

    fail(new TypeError("Failed to fetch"));
    const retry = await until(() =>
      shadow(element).querySelector<HTMLButtonElement>('[role="alert"] button'),
    );
    expect(text(element)).toContain("Nie udało się wczytać ankiety");
    expect(base.getAttribute("aria-busy")).toBe("false");
    await expectAccessible(element);
    retry.click();
    await until(() => shadow(element).querySelector("form"));
  });
});
