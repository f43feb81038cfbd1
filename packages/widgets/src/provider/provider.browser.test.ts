import { afterEach, describe, expect, it, vi } from "vitest";
import "../survey/define.js";
import { partnership, seededStore, survey } from "../survey/fixtures.js";
import { until } from "../test/helpers.js";

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function surveyIn(provider: HTMLElement) {
  const element = document.createElement("cwd-survey");
  element.partnership = partnership.id;
  element.survey = survey.id;
  provider.append(element);
  return element;
}

describe("cwd-provider", { timeout: 30_000 }, () => {
  it("hands its store to a survey nested inside it", async () => {
    const provider = document.createElement("cwd-provider");
    provider.store = await seededStore();
    const element = surveyIn(provider);
    document.body.append(provider);
    await until(() => element.shadowRoot?.querySelector("form"));
  });

  it("yields to a store set on the survey itself", async () => {
    const provider = document.createElement("cwd-provider");
    provider.store = await seededStore("open");
    const element = surveyIn(provider);
    element.store = await seededStore("closed");
    document.body.append(provider);
    await until(() => element.shadowRoot?.textContent?.includes("Ta ankieta jest zamknięta"));
  });

  it("passes a store set later to surveys already inside it", async () => {
    const provider = document.createElement("cwd-provider");
    const element = surveyIn(provider);
    document.body.append(provider);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector("form")).toBeNull();
    provider.store = await seededStore();
    await until(() => element.shadowRoot?.querySelector("form"));
  });

  it("makes an HTTP store from its api attribute", async () => {
    const requests: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      requests.push(url);
      return Response.json({ ...survey, version: 1 });
    });
    const provider = document.createElement("cwd-provider");
    provider.setAttribute("api", "https://cwd.example.pl/api/");
    const element = surveyIn(provider);
    document.body.append(provider);
    await until(() => element.shadowRoot?.querySelector("form"));
    expect(requests).toEqual([
      "https://cwd.example.pl/api/partnerships/ziemia-wysokomazowiecka/surveys/ankieta-mieszkancow",
    ]);
  });

  it("lets a provider that appears inside it later take over the widgets it wraps", async () => {
    const outer = document.createElement("cwd-provider");
    outer.store = await seededStore("open");
    // An element not yet upgraded, like a provider whose module has not arrived: it answers nobody.
    const inner = document.createElement("cwd-provider-later");
    outer.append(inner);
    const element = surveyIn(inner);
    document.body.append(outer);
    await until(() => element.shadowRoot?.querySelector("form"));
    const { CwdProvider } = await import("./provider.js");
    class LateProvider extends CwdProvider {}
    const closed = await seededStore("closed");
    (inner as InstanceType<typeof LateProvider>).store = closed;
    customElements.define("cwd-provider-later", LateProvider);
    await until(() => element.shadowRoot?.textContent?.includes("Ta ankieta jest zamknięta"));
    // The outer provider let go: a new store there no longer reaches the survey.
    outer.store = await seededStore("open");
    await element.updateComplete;
    expect(element.shadowRoot?.textContent).toContain("Ta ankieta jest zamknięta");
  });

  it("stops handing its store to a widget moved out of it", async () => {
    const provider = document.createElement("cwd-provider");
    provider.store = await seededStore();
    const element = surveyIn(provider);
    document.body.append(provider);
    await until(() => element.shadowRoot?.querySelector("form"));
    document.body.append(element);
    provider.store = await seededStore("closed");
    await element.updateComplete;
    expect(element.shadowRoot?.textContent).not.toContain("Ta ankieta jest zamknięta");
  });
});
