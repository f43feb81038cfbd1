import { afterEach, describe, expect, it } from "vitest";
import { until } from "../test/helpers.js";
import "./define.js";
import { partnership, seededStore, survey } from "./fixtures.js";
import type { CwdSurvey } from "./survey.js";

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe("cwd-survey inside a CMS's own form", { timeout: 30_000 }, () => {
  it("gives the form its answers under its name, and is invalid until the required ones are there", async () => {
    const form = document.createElement("form");
    const element = document.createElement("cwd-survey") as CwdSurvey;
    element.layout = "page";
    element.setAttribute("name", "ankieta");
    element.partnership = partnership.id;
    element.survey = survey.id;
    element.store = await seededStore();
    form.append(element);
    document.body.append(form);
    const root = element.shadowRoot!;
    await until(() => root.querySelector("form"));
    expect(form.checkValidity()).toBe(false);
    expect(new FormData(form).get("ankieta")).toBe("{}");
    root.querySelector<HTMLInputElement>('input[name="q-gmina"][value="gmina-klukowo"]')!.click();
    root.querySelector<HTMLInputElement>('input[name="q-ocena-gminy"][value="4"]')!.click();
    root.querySelector<HTMLInputElement>('input[name="q-problemy"][value="transport"]')!.click();
    await element.updateComplete;
    expect(JSON.parse(new FormData(form).get("ankieta") as string)).toEqual({
      gmina: "gmina-klukowo",
      "ocena-gminy": 4,
      problemy: ["transport"],
    });
    expect(form.checkValidity()).toBe(true);
  });
});
