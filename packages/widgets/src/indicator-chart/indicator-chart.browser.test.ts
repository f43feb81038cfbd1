import { afterEach, describe, expect, it } from "vitest";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import { chartStore, partnership } from "./fixtures.js";

afterEach(() => {
  document.body.replaceChildren();
});

async function mount(kind: "line" | "bar" = "line") {
  const element = document.createElement("cwd-indicator-chart");
  element.partnership = partnership.id;
  element.series = "bezrobocie";
  element.target = 3.5;
  element.kind = kind;
  element.store = await chartStore();
  document.body.append(element);
  const root = element.shadowRoot as ShadowRoot;
  await until(() => root.querySelector("table"));
  return { element, root };
}

describe("cwd-indicator-chart", { timeout: 30_000 }, () => {
  it("draws one chart per member with data, a target line, and the same data as a table", async () => {
    const { element, root } = await mount();
    expect([...root.querySelectorAll("figcaption")].map((c) => c.textContent)).toEqual([
      "Miasto Wysokie Mazowieckie",
      "Gmina Klukowo",
      "Gmina Szepietowo",
    ]);
    expect(root.querySelectorAll(".target")).toHaveLength(3);
    expect(root.querySelectorAll("circle")).toHaveLength(6);
    const rows = [...root.querySelectorAll("tbody tr")].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[1]).toEqual(["Gmina Klukowo", "5.8", "5.1", "–", "3.5"]);
    await expectAccessible(element);
  });

  it("lets the reader pick members and switch to bars", async () => {
    const { element, root } = await mount();
    const boxes = root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    boxes[1]?.click();
    await until(() => root.querySelectorAll("figure").length === 2);
    expect(root.querySelectorAll("tbody tr")).toHaveLength(2);
    root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]?.click();
    await until(() => root.querySelectorAll("rect.bar").length === 4);
    await expectAccessible(element);
  });
});
