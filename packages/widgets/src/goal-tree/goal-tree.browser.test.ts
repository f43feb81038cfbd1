import { createExchangeDocument } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import { goals, indicators, largeTree, partnership, treeStore } from "./fixtures.js";

afterEach(() => {
  document.body.replaceChildren();
});

async function mount(store = treeStore(), openLevels = 1) {
  const element = document.createElement("cwd-goal-tree");
  element.partnership = partnership.id;
  element.openLevels = openLevels;
  element.store = await store;
  document.body.append(element);
  const root = element.shadowRoot as ShadowRoot;
  await until(() => root.querySelector('[role="tree"]'));
  return { element, root };
}

const items = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const focusedId = (root: ShadowRoot) => (root.activeElement as HTMLElement | null)?.id;

describe("cwd-goal-tree", { timeout: 30_000 }, () => {
  it("shows the vision and the strategic goals, with numbers, progress and status", async () => {
    const { element, root } = await mount();
    expect(items(root).map((i) => i.querySelector(".title")?.textContent?.trim())).toEqual([
      "Długofalowe pogłębianie i poszerzanie współpracy dla jakości życia",
      "1 Innowacyjna i zrównoważona gospodarka",
      "2 Aktywna społeczność dla rozwoju",
      "3 Czyste środowisko i wysokiej jakości przestrzeń do życia",
      "4 Partnerska Ziemia wysokomazowiecka",
    ]);
    // gospodarka: the only indicator, firmy: 50 / 100 = 50%, expected 40%: on track
    const gospodarka = root.querySelector("#goal-gospodarka") as HTMLElement;
    expect(gospodarka.querySelector(".value")?.textContent).toBe("50%");
    expect(gospodarka.querySelector(".status")?.textContent).toBe("zgodnie z planem");
    expect(root.querySelector("#goal-srodowisko .status")?.textContent).toBe("brak danych");
    expect(gospodarka.getAttribute("aria-level")).toBe("2");
    expect(gospodarka.getAttribute("aria-expanded")).toBe("false");
    await expectAccessible(element);
  });

  it("follows the WAI-ARIA tree pattern on the keyboard, with type-ahead", async () => {
    const { element, root } = await mount();
    items(root)[0]?.focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(focusedId(root)).toBe("goal-gospodarka");
    await userEvent.keyboard("{ArrowRight}");
    await until(() => root.querySelector("#goal-przedsiebiorczosc"));
    expect(root.querySelector("#goal-gospodarka")?.getAttribute("aria-expanded")).toBe("true");
    await userEvent.keyboard("{ArrowRight}");
    expect(focusedId(root)).toBe("goal-przedsiebiorczosc");
    await userEvent.keyboard("{ArrowLeft}");
    expect(focusedId(root)).toBe("goal-gospodarka");
    await userEvent.keyboard("{ArrowLeft}");
    await until(() => !root.querySelector("#goal-przedsiebiorczosc"));
    await userEvent.keyboard("{End}");
    expect(focusedId(root)).toBe("goal-partnerstwo");
    await userEvent.keyboard("{Home}");
    expect(focusedId(root)).toBe("goal-wizja");
    await userEvent.keyboard("cz");
    await until(() => focusedId(root) === "goal-srodowisko");
    await userEvent.keyboard("{Enter}");
    await until(() => root.querySelector(".details h4"));
    expect(root.querySelector(".details")?.textContent).toContain("Korzystający z kanalizacji");
    await expectAccessible(element);
  });

  it("shows each indicator's baseline, target, measurements and source", async () => {
    const { root } = await mount(treeStore(), 4);
    (root.querySelector("#goal-mlodziez") as HTMLElement).click();
    await until(() => root.querySelector(".details .indicator"));
    const text = root.querySelector(".details")?.textContent?.replace(/\s+/g, " ") ?? "";
    expect(text).toContain("Udział bezrobotnych w wieku produkcyjnym");
    expect(text).toContain("Wartość bazowa 6 % (2020)");
    expect(text).toContain("Wartość docelowa 4 % (2030)");
    expect(text).toContain("2024: 5.4 %");
    expect(text).toContain("mniej znaczy lepiej");
    expect(text).toContain("Źródło przykład");
  });

  it("searches and filters by status, showing the ancestors of what matches", async () => {
    const { element, root } = await mount();
    const select = root.querySelector("select") as HTMLSelectElement;
    select.value = "no_data";
    select.dispatchEvent(new Event("change"));
    await until(() => items(root).length !== 5);
    expect(items(root).map((i) => i.id)).toEqual(["goal-wizja", "goal-srodowisko", "goal-partnerstwo"]);
    select.value = "";
    select.dispatchEvent(new Event("change"));
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = "inkubator";
    search.dispatchEvent(new Event("input"));
    await until(() => items(root).length === 4);
    expect(items(root).map((i) => i.id)).toEqual([
      "goal-wizja",
      "goal-gospodarka",
      "goal-przedsiebiorczosc",
      "goal-inkubator",
    ]);
    await expectAccessible(element);
  });

  it("renders only what is open in a tree of 2,000 goals", async () => {
    const { root } = await mount(treeStore(largeTree(2000)));
    expect(items(root)).toHaveLength(14);
    (root.querySelector("#goal-wizja-3") as HTMLElement).click();
    await until(() => items(root).length === 27);
  });

  it("renders only the rows in view of 2,000 open goals, and the keyboard still reaches every one", async () => {
    const { element, root } = await mount(treeStore(largeTree(2000)), 4);
    expect(items(root).length).toBeLessThan(80);
    expect(items(root)[0]?.getAttribute("aria-posinset")).toBe("1");
    items(root)[0]?.focus();
    await userEvent.keyboard("{End}");
    await until(() => focusedId(root) === "goal-wizja-9-9-9");
    const last = root.querySelector("#goal-wizja-9-9-9") as HTMLElement;
    expect(last.getAttribute("aria-level")).toBe("4");
    expect(last.getAttribute("aria-posinset")).toBe(last.getAttribute("aria-setsize"));
    expect(items(root).length).toBeLessThan(80);
    await userEvent.keyboard("{ArrowUp}");
    expect(focusedId(root)).toBe("goal-wizja-9-9-8");
    (root.querySelector(".windowed") as HTMLElement).scrollTop = 0;
    await until(() => root.querySelector("#goal-wizja-0"));
    // The focused row scrolled away: Tab lands on the first row in view.
    expect(root.querySelectorAll('[role="treeitem"][tabindex="0"]')).toHaveLength(1);
    await userEvent.keyboard("{Home}");
    expect(focusedId(root)).toBe("goal-wizja");
    await expectAccessible(element);
  });

  it("reads a published exchange document from src, with no API", async () => {
    const published = createExchangeDocument({ partnership, exportedAt: new Date(), goals, indicators });
    const src = URL.createObjectURL(new Blob([JSON.stringify(published)], { type: "application/json" }));
    const element = document.createElement("cwd-goal-tree");
    element.partnership = partnership.id;
    element.src = src;
    document.body.append(element);
    const root = element.shadowRoot as ShadowRoot;
    await until(() => items(root).length === 5);
    expect(root.querySelector("#goal-gospodarka .value")?.textContent).toBe("50%");
    await expectAccessible(element);
  });
});
