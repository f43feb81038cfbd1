import { html, type TemplateResult } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import { until } from "../test/helpers.js";
import { CwdElement } from "./cwd-element.js";
import { elementMessages } from "./lang.js";

const greetings = elementMessages({
  pl: { hello: "Dzień dobry" },
  en: { hello: "Good morning" },
});

/** A bare element on the kit: says hello in its language, emits and announces on demand. */
class KitProbe extends CwdElement {
  override render(): TemplateResult {
    const m = greetings[this.language];
    return html`<p>${m.hello} · ${m.retry}</p>
      ${this.announcer.region(this.language)}`;
  }
  ping(n: number): void {
    this.emit("cwd-kit-probe", { n });
  }
  say(text: string): void {
    this.announcer.announce(text);
  }
}
customElements.define("cwd-kit-probe", KitProbe);

/** Hosts a probe inside its own shadow root, as one of our elements may host another. */
class KitHost extends HTMLElement {
  readonly probe = document.createElement("cwd-kit-probe") as KitProbe;
  constructor() {
    super();
    this.attachShadow({ mode: "open" }).append(this.probe);
  }
}
customElements.define("cwd-kit-host", KitHost);

declare global {
  interface HTMLElementTagNameMap {
    "cwd-kit-probe": KitProbe;
  }
  interface GlobalEventHandlersEventMap {
    "cwd-kit-probe": CustomEvent<{ n: number }>;
  }
}

const shown = (probe: KitProbe) => probe.shadowRoot?.querySelector("p")?.textContent;

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute("lang");
});

describe("CwdElement", () => {
  it("speaks Polish on a page that states no language", async () => {
    const probe = document.createElement("cwd-kit-probe");
    document.body.append(probe);
    await until(() => shown(probe) === "Dzień dobry · Spróbuj ponownie");
  });

  it("follows the nearest [lang] ancestor, and its own lang wins", async () => {
    document.documentElement.lang = "pl";
    const section = document.createElement("section");
    section.lang = "en-GB";
    const probe = document.createElement("cwd-kit-probe");
    section.append(probe);
    document.body.append(section);
    await until(() => shown(probe) === "Good morning · Try again");
    probe.lang = "pl";
    await until(() => shown(probe) === "Dzień dobry · Spróbuj ponownie");
  });

  it("follows the page across a shadow root", async () => {
    document.documentElement.lang = "en";
    const host = document.createElement("cwd-kit-host") as KitHost;
    document.body.append(host);
    await until(() => shown(host.probe) === "Good morning · Try again");
  });

  it("changes language when the ancestor's lang changes", async () => {
    document.documentElement.lang = "pl";
    const probe = document.createElement("cwd-kit-probe");
    document.body.append(probe);
    await until(() => shown(probe)?.startsWith("Dzień dobry"));
    document.documentElement.lang = "en";
    await until(() => shown(probe)?.startsWith("Good morning"));
  });

  it("emits typed events that bubble out of shadow roots", async () => {
    const host = document.createElement("cwd-kit-host") as KitHost;
    document.body.append(host);
    const heard: number[] = [];
    document.addEventListener("cwd-kit-probe", (event) => heard.push(event.detail.n), { once: true });
    host.probe.ping(7);
    expect(heard).toEqual([7]);
  });

  it("announces through one polite live region, a repeated text included", async () => {
    const probe = document.createElement("cwd-kit-probe");
    document.body.append(probe);
    await probe.updateComplete;
    const regions = probe.shadowRoot!.querySelectorAll('[role="status"]');
    expect(regions).toHaveLength(1);
    probe.say("Zapisano");
    await until(() => regions[0]?.textContent === "Zapisano");
    probe.say("Zapisano");
    await until(() => regions[0]?.textContent === "Zapisano\u00a0");
  });

  it("types messages: English must have every Polish key", () => {
    const table = elementMessages({
      pl: { a: "a", b: "b" },
      // @ts-expect-error English lacks "b": the typecheck fails on a missing message
      en: { a: "a" },
    });
    expect(Object.keys(table.pl)).toContain("b");
  });
});
