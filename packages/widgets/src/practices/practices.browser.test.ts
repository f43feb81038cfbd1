import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import { documents } from "./fixtures.js";
import type { CwdPractices } from "./practices.js";

const shadow = (element: CwdPractices) => element.shadowRoot!;
const titles = (element: CwdPractices) =>
  [...shadow(element).querySelectorAll("h3")].map((h) => h.textContent);

afterEach(() => {
  document.body.replaceChildren();
});

describe("cwd-practices", { timeout: 30_000 }, () => {
  it("gathers practices from several documents, filters by theme and member, accessibly", async () => {
    const element = document.createElement("cwd-practices");
    element.documents = documents;
    document.body.append(element);
    await until(() => titles(element).length === 2);
    expect(titles(element)).toEqual(["Wspólna umowa ze schroniskiem", "Wspólne dowozy do szkół"]);
    expect(shadow(element).textContent?.replace(/\s/g, " ")).toContain("45 000,00 zł");
    await expectAccessible(element);
    const [theme, member] = [...shadow(element).querySelectorAll("select")];
    // Themes of the shared vocabulary are named in the page's language, in its alphabetical order.
    expect([...theme!.options].map((option) => option.textContent)).toEqual([
      "wszystkie",
      "transport",
      "zwierzęta",
    ]);
    expect(shadow(element).textContent).toContain("· zwierzęta");
    await userEvent.selectOptions(theme!, "transport");
    await until(() => titles(element).length === 1);
    expect(titles(element)).toEqual(["Wspólne dowozy do szkół"]);
    await userEvent.selectOptions(theme!, "");
    await userEvent.selectOptions(member!, "gmina-klukowo");
    await until(() => titles(element)[0] === "Wspólna umowa ze schroniskiem" && titles(element).length === 1);
    await expectAccessible(element);
  });

  it("reads a partnership's practices from a store", async () => {
    const { createMemoryStore } = await import("@cwd/adapters/memory");
    const store = createMemoryStore();
    const [first] = documents;
    await store.put("partnerships", first!.partnership);
    await store.put("practices", first!.practices![0] as never);
    const element = document.createElement("cwd-practices");
    element.partnership = first!.partnership.id;
    element.store = store;
    document.body.append(element);
    await until(() => titles(element).length === 1);
    expect(titles(element)).toEqual(["Wspólna umowa ze schroniskiem"]);
  });

  it("reads documents from addresses, and offers a retry when one fails", async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(documents[1])], { type: "application/json" }));
    const element = document.createElement("cwd-practices");
    element.sources = url;
    document.body.append(element);
    await until(() => titles(element).length === 1);
    element.sources = `${url} blob:http://localhost/missing`;
    await until(() => shadow(element).querySelector("[role=alert]"));
    await expectAccessible(element);
  });
});
