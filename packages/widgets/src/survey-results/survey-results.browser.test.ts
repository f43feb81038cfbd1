import { createMemoryStore } from "@cwd/adapters/memory";
import type { Store } from "@cwd/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import { everyTypeSurvey } from "../survey/every-type.fixtures.js";
import { partnership } from "../survey/fixtures.js";
import type { CwdSurveyResults } from "./survey-results.js";

const populations: Record<string, number> = { "gmina-klukowo": 6000, "gmina-szepietowo": 4000 };

/** Eight respondents from Klukowo and two from Szepietowo, with populations for weighting. */
async function storeWithResponses(): Promise<Store> {
  const store = createMemoryStore();
  await store.put("partnerships", {
    ...partnership,
    members: partnership.members.map((m) =>
      populations[m.id]
        ? { ...m, population: { value: populations[m.id] as number, year: 2024, source: "test" } }
        : m,
    ),
  });
  await store.put("surveys", everyTypeSurvey);
  for (let i = 0; i < 10; i++) {
    await store.submit("responses", {
      id: `00000000-0000-4000-8000-${i.toString().padStart(12, "0")}`,
      partnershipId: partnership.id,
      surveyId: everyTypeSurvey.id,
      submittedAt: "2026-11-27T10:00:00Z",
      answers: {
        gmina: i < 8 ? "gmina-klukowo" : "gmina-szepietowo",
        dzieci: i < 6 ? "tak" : "nie",
        ...(i < 6 ? { dojazd: "o1" } : {}),
        uslugi: { zdrowie: 4, szkoly: 3 },
        priorytety: ["o1", "o2"],
        zgoda: true,
      },
    });
  }
  return store;
}

const shadow = (element: CwdSurveyResults) => element.shadowRoot!;

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** The element reading its results from a route that answers `status`, as the API does for an open survey. */
async function resultsAnswering(status: number, lang: "pl" | "en"): Promise<CwdSurveyResults> {
  vi.stubGlobal("fetch", async () =>
    Response.json({ error: { code: "forbidden", message: "not published" } }, { status }),
  );
  const element = document.createElement("cwd-survey-results");
  element.partnership = partnership.id;
  element.survey = everyTypeSurvey.id;
  element.src = "/api/results";
  element.lang = lang;
  element.store = await storeWithResponses();
  document.body.append(element);
  return element;
}

describe("cwd-survey-results", { timeout: 30_000 }, () => {
  it("shows a chart and a table per question, weighted, accessibly", async () => {
    const element = document.createElement("cwd-survey-results");
    element.partnership = partnership.id;
    element.survey = everyTypeSurvey.id;
    element.store = await storeWithResponses();
    document.body.append(element);
    await until(() => shadow(element).querySelector("table"));
    const text = shadow(element).textContent?.replace(/\s+/g, " ") ?? "";
    expect(text).toContain("Liczba respondentów: 10");
    // Czy masz dzieci? tak: 6 of 10 = 60%; weighted: 6 × 0.75 / 10 = 45%.
    const row = [...shadow(element).querySelectorAll("tr")].find((tr) => tr.textContent?.includes("Tak"));
    expect(row?.textContent?.replace(/\s+/g, " ")).toMatch(/Tak 6 60% .* 45%/);
    expect(shadow(element).querySelectorAll("svg.chart").length).toBeGreaterThan(0);
    expect(shadow(element).querySelector("a[download]")?.getAttribute("href")).toMatch(/^blob:/);
    await expectAccessible(element);
  });

  it("crosses by a question with cells under k hidden", async () => {
    const element = document.createElement("cwd-survey-results");
    element.partnership = partnership.id;
    element.survey = everyTypeSurvey.id;
    element.store = await storeWithResponses();
    document.body.append(element);
    const select = await until(() => shadow(element).querySelector<HTMLSelectElement>("select[name=by]"));
    select.value = "gmina";
    select.dispatchEvent(new Event("change"));
    const crosstab = await until(() => shadow(element).querySelector("table.crosstab"));
    const klukowo = [...crosstab.querySelectorAll("tr")].find((tr) => tr.textContent?.includes("Klukowo"));
    // Klukowo: 6 "tak", 2 "nie" (hidden); Szepietowo: both hidden.
    expect([...(klukowo?.querySelectorAll("td") ?? [])].map((td) => td.textContent?.trim())).toEqual([
      "6",
      "mniej niż 5",
    ]);
    await expectAccessible(element);
  });

  it("filters to one member's respondents, hiding what fewer than k of them said", async () => {
    const element = document.createElement("cwd-survey-results");
    element.partnership = partnership.id;
    element.survey = everyTypeSurvey.id;
    element.store = await storeWithResponses();
    document.body.append(element);
    const select = await until(() => shadow(element).querySelector<HTMLSelectElement>("select[name=where]"));
    const rowOf = (label: string) =>
      [...shadow(element).querySelectorAll("tr")]
        .find((tr) => tr.querySelector("th")?.textContent?.trim() === label)
        ?.textContent?.replace(/\s+/g, " ")
        .trim();
    select.value = "gmina=gmina-klukowo";
    select.dispatchEvent(new Event("change"));
    await until(() => shadow(element).textContent?.includes("Liczba respondentów: 8"));
    // Klukowo: 6 "tak" are shown, its 2 "nie" are not.
    expect(rowOf("Tak")).toMatch(/^Tak 6 75%/);
    expect(rowOf("Nie")).toMatch(/^Nie mniej niż 5 –/);
    await expectAccessible(element);
    select.value = "";
    select.dispatchEvent(new Event("change"));
    await until(() => shadow(element).textContent?.includes("Liczba respondentów: 10"));
  });

  it("says the results are not public yet when the API refuses them, in Polish and in English", async () => {
    const polish = await resultsAnswering(401, "pl");
    const notice = await until(() => shadow(polish).querySelector("[part=notice]"));
    expect(notice.textContent).toBe(
      "Wyniki tej ankiety nie są jeszcze publiczne: zostaną opublikowane po jej zakończeniu.",
    );
    expect(shadow(polish).querySelector("[role=alert]")).toBeNull();
    await expectAccessible(polish);
    document.body.replaceChildren();
    const english = await resultsAnswering(403, "en");
    expect((await until(() => shadow(english).querySelector("[part=notice]"))).textContent).toBe(
      "The results of this survey are not public yet: they will be published when it closes.",
    );
  });

  it("still blames the connection when the API fails for another reason", async () => {
    const element = await resultsAnswering(500, "pl");
    const alert = await until(() => shadow(element).querySelector("[role=alert]"));
    expect(alert.textContent).toContain("Sprawdź połączenie");
    expect(shadow(element).querySelector("[part=notice]")).toBeNull();
  });
});
