import { html, LitElement, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";
import { afterEach, describe, expect, it } from "vitest";
import { until } from "../test/helpers.js";
import { initial, Loader } from "./load.js";

/** One call of the probe's task, which the test settles when it likes. */
type Call = {
  key: string;
  signal: AbortSignal;
  resolve: (value: string) => void;
  reject: (error: Error) => void;
};

/** Loads `key` (nothing for ""), through calls the test settles, and shows each status. */
class LoadProbe extends LitElement {
  @property() key = "a";
  readonly calls: Call[] = [];
  readonly completed: string[] = [];

  readonly loader = new Loader(this, {
    args: () => [this.key] as const,
    task: ([key], { signal }) =>
      key
        ? new Promise<string>((resolve, reject) => this.calls.push({ key, signal, resolve, reject }))
        : initial,
    onComplete: (value) => this.completed.push(value),
  });

  override render(): TemplateResult {
    return html`<p>${this.loader.render({
      initial: () => "initial",
      pending: () => `pending (${this.loader.value ?? "-"})`,
      complete: (value) => `complete ${value}`,
      error: (error) => `error ${(error as Error).message}`,
    })}</p>`;
  }
}
customElements.define("cwd-load-probe", LoadProbe);

declare global {
  interface HTMLElementTagNameMap {
    "cwd-load-probe": LoadProbe;
  }
}

const shown = (probe: LoadProbe) => probe.shadowRoot?.querySelector("p")?.textContent;

async function probeLoading(key = "a"): Promise<LoadProbe> {
  const probe = document.createElement("cwd-load-probe");
  probe.key = key;
  document.body.append(probe);
  await probe.updateComplete;
  return probe;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("Loader", () => {
  it("runs on the first update and shows pending, then the value", async () => {
    const probe = await probeLoading();
    expect(probe.calls.map((c) => c.key)).toEqual(["a"]);
    expect(probe.loader.status).toBe("pending");
    expect(shown(probe)).toBe("pending (-)");
    probe.calls[0]?.resolve("A");
    await until(() => shown(probe) === "complete A");
    expect(probe.loader.value).toBe("A");
    expect(probe.completed).toEqual(["A"]);
  });

  it("runs again when an argument changes, and only then", async () => {
    const probe = await probeLoading();
    probe.calls[0]?.resolve("A");
    await until(() => probe.loader.status === "complete");
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.calls).toHaveLength(1);
    probe.key = "b";
    await probe.updateComplete;
    expect(probe.calls.map((c) => c.key)).toEqual(["a", "b"]);
  });

  it("keeps the last value while a new run is pending", async () => {
    const probe = await probeLoading();
    probe.calls[0]?.resolve("A");
    await until(() => shown(probe) === "complete A");
    probe.key = "b";
    await probe.updateComplete;
    expect(probe.loader.status).toBe("pending");
    expect(shown(probe)).toBe("pending (A)");
  });

  it("applies only the latest run, and aborts the one it supersedes", async () => {
    const probe = await probeLoading();
    probe.key = "b";
    await probe.updateComplete;
    const [first, second] = probe.calls;
    expect(first?.signal.aborted).toBe(true);
    expect(second?.signal.aborted).toBe(false);
    second?.resolve("B");
    await until(() => shown(probe) === "complete B");
    first?.resolve("A");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shown(probe)).toBe("complete B");
    expect(probe.completed).toEqual(["B"]);
  });

  it("goes back to initial, with no value, when the task returns initial", async () => {
    const probe = await probeLoading();
    probe.calls[0]?.resolve("A");
    await until(() => shown(probe) === "complete A");
    probe.key = "";
    await until(() => shown(probe) === "initial");
    expect(probe.loader.status).toBe("initial");
    expect(probe.loader.value).toBeUndefined();
    expect(probe.completed).toEqual(["A"]);
  });

  it("shows the error, drops the value, and recovers on run()", async () => {
    const probe = await probeLoading();
    probe.calls[0]?.resolve("A");
    await until(() => shown(probe) === "complete A");
    probe.key = "b";
    await probe.updateComplete;
    probe.calls[1]?.reject(new Error("offline"));
    await until(() => shown(probe) === "error offline");
    expect(probe.loader.value).toBeUndefined();
    const rerun = probe.loader.run();
    await probe.updateComplete;
    expect(shown(probe)).toBe("pending (-)");
    expect(probe.calls.map((c) => c.key)).toEqual(["a", "b", "b"]);
    probe.calls[2]?.resolve("B");
    await rerun;
    expect(probe.loader.status).toBe("complete");
    expect(probe.loader.error).toBeUndefined();
    await until(() => shown(probe) === "complete B");
  });

  it("renders nothing for a status whose branch is not given", async () => {
    const probe = await probeLoading();
    expect(probe.loader.render({ complete: (value) => value })).toBeUndefined();
  });
});
