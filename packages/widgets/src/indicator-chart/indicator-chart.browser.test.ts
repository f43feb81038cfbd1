import { afterEach, describe, expect, it } from "vitest";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import { chartStore, indicators, partnership } from "./fixtures.js";

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
    expect(rows[1]).toEqual(["Gmina Klukowo", "5,8", "5,1", "–", "3,5"]);
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

async function mountIndicator(id: string) {
  const element = document.createElement("cwd-indicator-chart");
  element.partnership = partnership.id;
  element.indicator = id;
  element.store = await chartStore();
  document.body.append(element);
  const root = element.shadowRoot as ShadowRoot;
  await until(() => root.querySelector("table"));
  const caption = () => root.querySelector("figcaption")?.textContent?.replace(/\s+/g, " ").trim();
  return { element, root, caption };
}

const cells = (root: ParentNode | null, selector: string) =>
  [...(root?.querySelectorAll(selector) ?? [])].map((r) => [...r.children].map((c) => c.textContent));

describe("cwd-indicator-chart with indicator=", { timeout: 30_000 }, () => {
  it("draws the measurements, the baseline and the target to its year, with progress, status and a table", async () => {
    const { element, root, caption } = await mountIndicator(indicators.onTrack.id);
    expect(caption()).toBe(
      "Udział bezrobotnych w ludności w wieku produkcyjnym (%) (dane przykładowe) Postęp: 35% (oczekiwany 30%), zgodnie z planem · mniej znaczy lepiej",
    );
    expect(root.querySelectorAll(".indicator circle.dot")).toHaveLength(2);
    expect(root.querySelectorAll(".indicator circle.baseline")).toHaveLength(1);
    expect(root.querySelector(".indicator path.line")?.getAttribute("d")).toMatch(/^M.+L/);
    // The target line is level and stops at the target year, the right end of the axis.
    const target = root.querySelector(".indicator line.target") as SVGLineElement;
    expect(target.getAttribute("y1")).toBe(target.getAttribute("y2"));
    expect(Number(target.getAttribute("x2"))).toBeGreaterThan(Number(target.getAttribute("x1")));
    const lastYear = [...root.querySelectorAll(".indicator text.tick")].at(-1);
    expect(lastYear?.textContent).toBe("2030");
    expect(target.getAttribute("x2")).toBe(lastYear?.getAttribute("x"));
    const yearTicks = [...root.querySelectorAll('.indicator text.tick[text-anchor="middle"]')];
    expect(yearTicks.map((tick) => tick.textContent)).toEqual(["2020", "2022", "2023", "2030"]);
    expect(cells(root.querySelector("table"), "tbody tr")).toEqual([
      ["2020 (wartość bazowa)", "5,2", "przykładowe dane"],
      ["2022", "4,9", "PUP w Wysokiem Mazowieckiem (przykład)"],
      ["2023", "4,6", "przykładowe dane"],
      ["2030 (wartość docelowa)", "3,5", "przykładowe dane"],
    ]);
    await expectAccessible(element);
  });

  it("offers the per-member view of the series it is measured from, with its target", async () => {
    const { element, root } = await mountIndicator(indicators.onTrack.id);
    const details = root.querySelector("details") as HTMLDetailsElement;
    expect(details.open).toBe(false);
    (details.querySelector("summary") as HTMLElement).click();
    await until(() => details.open);
    expect(details.querySelectorAll("figure")).toHaveLength(3);
    expect(details.querySelectorAll(".target")).toHaveLength(3);
    details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[0]?.click();
    await until(() => details.querySelectorAll("figure").length === 2);
    expect(cells(root, "details tbody tr")[0]).toEqual(["Gmina Klukowo", "5,8", "5,1", "–", "3,5"]);
    await expectAccessible(element);
  });

  it("says when an indicator is off track", async () => {
    const { element, caption } = await mountIndicator(indicators.offTrack.id);
    expect(caption()).toContain("Postęp: 11% (oczekiwany 43%), opóźniony");
    await expectAccessible(element);
  });

  it("says there is no data rather than 0, and draws no line", async () => {
    const { element, root, caption } = await mountIndicator(indicators.noData.id);
    expect(caption()).toContain("brak danych: nie ma jeszcze żadnego pomiaru");
    expect(caption()).not.toMatch(/\d%/);
    expect(root.querySelectorAll(".indicator circle.dot")).toHaveLength(0);
    expect(root.querySelector(".indicator path.line")?.getAttribute("d")).toBe("");
    expect(root.querySelector("details")).toBeNull();
    expect(cells(root, "tbody tr").map((row) => row[0])).toEqual([
      "2020 (wartość bazowa)",
      "2030 (wartość docelowa)",
    ]);
    await expectAccessible(element);
  });
});
