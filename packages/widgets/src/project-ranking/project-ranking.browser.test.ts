import type { Store } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import { partnership, rankingData, round, seededStore } from "./fixtures.js";
import type { CwdProjectRanking } from "./project-ranking.js";

const shadow = (element: CwdProjectRanking) => element.shadowRoot!;
const text = (element: CwdProjectRanking) => shadow(element).textContent?.replace(/\s+/g, " ") ?? "";
const order = (element: CwdProjectRanking) =>
  [...shadow(element).querySelectorAll("tbody th[scope=row]")].map((th) => th.textContent?.trim());

async function mount(setup: (element: CwdProjectRanking) => void): Promise<CwdProjectRanking> {
  const element = document.createElement("cwd-project-ranking");
  setup(element);
  document.body.append(element);
  await until(() => shadow(element).querySelector("table"));
  return element;
}

afterEach(() => document.body.replaceChildren());

describe("cwd-project-ranking", { timeout: 30_000 }, () => {
  it("ranks the projects with score bars, a budget line and stability badges, accessibly", async () => {
    const element = await mount((e) => {
      e.data = rankingData;
      e.budget = 600_000_000;
    });
    expect(order(element)[0]).toBe("Centrum usług społecznych");
    expect(shadow(element).querySelectorAll("svg.bar")).toHaveLength(16);
    expect(text(element)).toMatch(/Granica budżetu 6\s000\s000\szł/);
    expect(shadow(element).querySelectorAll("tr.below").length).toBeGreaterThan(0);
    expect(shadow(element).querySelectorAll("[part=badge]")).toHaveLength(4);
    expect(text(element)).toContain("Przykład");
    await expectAccessible(element);
  });

  it("re-ranks live when a weight slider moves by keyboard", async () => {
    const element = await mount((e) => {
      e.data = rankingData;
    });
    const before = order(element);
    const potentials = shadow(element).querySelectorAll<HTMLInputElement>("input[type=range]")[3]!;
    potentials.focus();
    await userEvent.keyboard("{End}");
    await until(() => order(element)[0] !== before[0]);
    expect(order(element)[0]).toBe("Szlak turystyczny nad Bugiem");
    expect(potentials.getAttribute("aria-valuetext")).toMatch(/%/);
    await expectAccessible(element);
  });

  it("switches to AHP weights with their consistency, and to TOPSIS", async () => {
    const element = await mount((e) => {
      e.data = rankingData;
    });
    const radio = (value: string) =>
      shadow(element).querySelector<HTMLInputElement>(`input[value=${value}]`)!;
    radio("ahp").click();
    await until(() => text(element).includes("CR ="));
    expect(shadow(element).querySelector<HTMLInputElement>("input[type=range]")!.disabled).toBe(true);
    expect(order(element)[0]).toBe("Centrum usług społecznych");
    radio("topsis").click();
    await until(() => !text(element).includes("CR ="));
    expect(element.method).toBe("topsis");
    await expectAccessible(element);
  });

  it("exports the ranking as CSV", async () => {
    const element = await mount((e) => {
      e.data = rankingData;
    });
    const link = shadow(element).querySelector<HTMLAnchorElement>("a.csv")!;
    link.addEventListener("click", (event) => event.preventDefault());
    link.click();
    const csv = await (await fetch(link.href)).text();
    const lines = csv.split("\r\n");
    expect(lines[0]).toMatch(/^\uFEFF?Miejsce;Projekt;Wynik;/);
    expect(lines[1]).toMatch(/^1;Centrum usług społecznych;/);
    expect(lines).toHaveLength(6);
  });

  it("reads its data from a JSON script inside it, as a page with a strict CSP gives it", async () => {
    const element = document.createElement("cwd-project-ranking");
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = JSON.stringify(rankingData);
    element.append(script);
    document.body.append(element);
    await until(() => shadow(element).querySelector("table"));
    expect(order(element)[0]).toBe("Centrum usług społecznych");
  });

  it("loads a round from the store, with the latest assessments combined", async () => {
    const store: Store = await seededStore();
    const element = await mount((e) => {
      e.partnership = partnership.id;
      e.round = round.id;
      e.store = store;
    });
    expect(order(element)).toHaveLength(4);
    expect(order(element)[0]).toBe("Centrum usług społecznych");
    await expectAccessible(element);
  });
});
