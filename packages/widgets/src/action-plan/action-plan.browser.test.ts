import type { Store } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import type { CwdActionPlan } from "./action-plan.js";
import { goals, partnership, seededStore } from "./fixtures.js";

const shadow = (element: CwdActionPlan) => element.shadowRoot!;
const rows = (element: CwdActionPlan) => [...shadow(element).querySelectorAll<HTMLElement>("li.action")];
const row = (element: CwdActionPlan, id: string) =>
  shadow(element).querySelector<HTMLElement>(`li[data-id="${id}"]`)!;

async function mount(store: Store, width = "900px"): Promise<CwdActionPlan> {
  const element = document.createElement("cwd-action-plan");
  element.partnership = partnership.id;
  element.today = "2026-04-20";
  element.style.width = width;
  element.store = store;
  document.body.append(element);
  await until(() => rows(element).length > 0);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("cwd-action-plan", { timeout: 30_000 }, () => {
  it("shows late actions, the critical path, milestones and today's line, accessibly", async () => {
    const element = await mount(await seededStore());
    expect(row(element, "strona").textContent).toContain("opóźnione");
    expect(row(element, "promocja").textContent).toContain("opóźnione");
    expect(row(element, "warsztaty").textContent).not.toContain("opóźnione");
    expect(row(element, "warsztaty").textContent).toContain("na ścieżce krytycznej");
    expect(row(element, "strona").textContent).toContain("zapas 30 dni");
    expect(row(element, "warsztaty").textContent).toContain("Kamień milowy: Pierwszy warsztat (2026-04-10)");
    expect(row(element, "strona").querySelector(".bar.late")).not.toBeNull();
    expect(shadow(element).querySelectorAll(".today").length).toBe(5);
    expect(shadow(element).querySelectorAll(".diamond").length).toBe(1);
    await expectAccessible(element);
  });

  it("heads each group with its goal's title, or the goal's id when the goal is not stored", async () => {
    const element = await mount(await seededStore(undefined, goals.slice(0, 2)));
    const headings = [...shadow(element).querySelectorAll("h3")].map((h) => h.textContent?.trim());
    expect(headings).toEqual(["Cel: Dostępne usługi publiczne", "Cel: cel-2"]);
  });

  it("moves between actions with the arrow keys and regroups by member", async () => {
    const element = await mount(await seededStore());
    rows(element)[0]?.focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(shadow(element).activeElement).toBe(rows(element)[1]);
    await userEvent.keyboard("{End}");
    expect(shadow(element).activeElement).toBe(rows(element).at(-1));
    const byMember = [...shadow(element).querySelectorAll("button")].find((b) =>
      b.textContent?.includes("gminy prowadzącej"),
    )!;
    byMember.click();
    await until(() => shadow(element).querySelector("h3")?.textContent?.includes("Gmina"));
    expect(byMember.getAttribute("aria-pressed")).toBe("true");
    await expectAccessible(element);
  });

  it("keeps the same information as a list on a narrow screen", async () => {
    const element = await mount(await seededStore(), "320px");
    expect(getComputedStyle(row(element, "strona").querySelector(".track")!).display).toBe("none");
    expect(row(element, "strona").textContent).toContain("2026-03-16 – 2026-04-14");
    expect(row(element, "strona").textContent).toContain("opóźnione");
    await expectAccessible(element);
  });

  it("says when the plan is empty, and offers a retry when loading fails", async () => {
    const empty = document.createElement("cwd-action-plan");
    empty.partnership = partnership.id;
    empty.store = await seededStore([]);
    document.body.append(empty);
    await until(() => shadow(empty).textContent?.includes("nie ma jeszcze"));
    const store = await seededStore();
    let failed = false;
    const flaky: Store = {
      ...store,
      get: (c, k) => {
        if (failed) return store.get(c, k);
        failed = true;
        return Promise.reject(new TypeError("Failed to fetch"));
      },
    };
    const element = document.createElement("cwd-action-plan");
    element.partnership = partnership.id;
    element.store = flaky;
    document.body.append(element);
    const retry = await until(() => shadow(element).querySelector<HTMLButtonElement>("[role=alert] button"));
    await expectAccessible(element);
    retry.click();
    await until(() => rows(element).length === 5);
  });
});
