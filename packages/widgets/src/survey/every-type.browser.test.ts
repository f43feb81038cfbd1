import type { Store, SurveyResponse } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import { everyTypeStore, everyTypeSurvey } from "./every-type.fixtures.js";
import { partnership } from "./fixtures.js";
import type { CwdSurvey } from "./survey.js";

const shadow = (element: CwdSurvey) => element.shadowRoot!;
const $ = <T extends Element = HTMLInputElement>(element: CwdSurvey, selector: string) =>
  shadow(element).querySelector<T>(selector)!;

async function mount(store: Store): Promise<CwdSurvey> {
  const element = document.createElement("cwd-survey");
  element.layout = "page";
  element.partnership = partnership.id;
  element.survey = everyTypeSurvey.id;
  element.store = store;
  document.body.append(element);
  await until(() => shadow(element).querySelector("form") ?? shadow(element).querySelector("p"));
  // The member list arrives with the partnership.
  await until(
    () =>
      shadow(element).querySelector("form") === null ||
      shadow(element).querySelectorAll("#q-gmina-input option").length > 1,
  );
  return element;
}

async function stored(store: Store): Promise<SurveyResponse[]> {
  return (await store.listSubmissions("responses", { partnershipId: partnership.id })).items;
}

function choose(element: CwdSurvey, selector: string, value: string): void {
  const select = $<HTMLSelectElement>(element, selector);
  select.value = value;
  select.dispatchEvent(new Event("change"));
}

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe("cwd-survey with every question type", { timeout: 30_000 }, () => {
  it("renders every type accessibly, the gminy without the powiat, and shows a section only when its condition holds", async () => {
    const element = await mount(await everyTypeStore());
    const gminy = [...shadow(element).querySelectorAll("#q-gmina-input option")].map((o) => o.textContent);
    expect(gminy).toEqual(["— wybierz —", ...partnership.members.map((m) => m.name)]);
    expect(shadow(element).querySelector("#q-dojazd")).toBeNull();
    await expectAccessible(element);
    choose(element, "#q-dzieci-input", "tak");
    await until(() => shadow(element).querySelector("#q-dojazd"));
    $(element, 'input[name="q-dojazd"][value="other"]').click();
    await until(() => shadow(element).querySelector("#q-dojazd-other"));
    await expectAccessible(element);
  });

  it("is filled in with the keyboard, ranking included, and sends answers of every type", async () => {
    const store = await everyTypeStore();
    const element = await mount(store);
    choose(element, "#q-gmina-input", "gmina-klukowo");
    choose(element, "#q-dzieci-input", "nie");
    $(element, "#q-wiek-input").focus();
    await userEvent.keyboard("42");
    $(element, 'input[name="q-problemy"][value="none"]').click();
    $(element, 'input[name="q-polecenie"][value="dont-know"]').click();
    $(element, 'input[name="q-uslugi-zdrowie"][value="4"]').click();
    $(element, 'input[name="q-uslugi-szkoly"][value="2"]').click();
    // Ranking by keyboard: focus "Down" on the first option and press Enter: Szkoły moves up.
    const down = shadow(element).querySelectorAll<HTMLButtonElement>("#q-priorytety li button")[1]!;
    down.focus();
    await userEvent.keyboard("{Enter}");
    $(element, "#q-zgoda input").click();
    await element.updateComplete;
    await expectAccessible(element);
    $<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await until(() => shadow(element).querySelector(".thanks"));
    const [response] = await stored(store);
    expect(response?.answers).toEqual({
      gmina: "gmina-klukowo",
      wiek: 42,
      dzieci: "nie",
      problemy: ["none"],
      polecenie: "dont-know",
      uslugi: { zdrowie: 4, szkoly: 2 },
      priorytety: ["o2", "o1"],
      zgoda: true,
    });
  });

  it("keeps a draft on the device and resumes it after a reload", async () => {
    const store = await everyTypeStore();
    let element = await mount(store);
    choose(element, "#q-gmina-input", "gmina-szepietowo");
    $(element, 'input[name="q-uslugi-zdrowie"][value="5"]').click();
    await element.updateComplete;
    element.remove();
    element = await mount(store);
    expect($<HTMLSelectElement>(element, "#q-gmina-input").value).toBe("gmina-szepietowo");
    expect($(element, 'input[name="q-uslugi-zdrowie"][value="5"]').checked).toBe(true);
  });

  it("says the device has answered when the survey leaves a marker, and a kiosk keeps no draft and clears itself", async () => {
    const kiosk = await everyTypeStore({ kiosk: true, deviceMarker: true });
    let element = await mount(kiosk);
    choose(element, "#q-gmina-input", "gmina-klukowo");
    choose(element, "#q-dzieci-input", "nie");
    $(element, 'input[name="q-uslugi-zdrowie"][value="4"]').click();
    $(element, 'input[name="q-uslugi-szkoly"][value="2"]').click();
    shadow(element).querySelectorAll<HTMLButtonElement>("#q-priorytety li button")[1]!.click();
    $(element, "#q-zgoda input").click();
    await element.updateComplete;
    expect(localStorage.length).toBe(0);
    $<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await until(() => shadow(element).querySelector(".thanks"));
    $<HTMLButtonElement>(element, ".thanks button").click();
    await until(() => shadow(element).textContent?.includes("już wypełniona"));
    element.remove();
    element = await mount(kiosk);
    expect(shadow(element).textContent).toContain("Na tym urządzeniu ta ankieta została już wypełniona");
  });

  it("says when a survey opens, in Polish time", async () => {
    const element = await mount(await everyTypeStore({ opensAt: "2099-01-01T08:00:00+01:00" }));
    expect(shadow(element).textContent).toContain("Ankieta będzie otwarta od 1 stycznia 2099");
  });
});
