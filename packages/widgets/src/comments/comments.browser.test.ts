import type { Store } from "@cwd/core";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import type { CwdComments } from "./comments.js";
import { aComment, consultation, partnership, seededStore, target, threadStore } from "./fixtures.js";
import { hostilePayloads, hostileText } from "./hostile.js";

const shadow = (element: CwdComments) => element.shadowRoot!;
const text = (element: CwdComments) => shadow(element).textContent?.replace(/\s+/g, " ") ?? "";
const $ = <T extends Element>(element: CwdComments, selector: string) =>
  shadow(element).querySelector<T>(selector)!;

function mount(store: Store, lang?: string): CwdComments {
  const element = document.createElement("cwd-comments");
  element.partnership = partnership.id;
  element.consultation = consultation.id;
  element.target = target;
  if (lang) element.lang = lang;
  element.store = store;
  document.body.append(element);
  return element;
}

async function listed(store: Store) {
  return (await store.listSubmissions("comments", { partnershipId: partnership.id })).items;
}

afterEach(() => {
  document.body.replaceChildren();
  delete (window as { __pwned?: number }).__pwned;
});

describe("cwd-comments", { timeout: 30_000 }, () => {
  it("shows the thread with replies, the official answer set apart and a hidden comment, accessibly", async () => {
    const element = mount(await threadStore());
    await until(() => shadow(element).querySelector("form"));
    expect($(element, "h3").textContent).toBe("Komentarze (3)");
    expect(shadow(element).querySelectorAll("ol ol article")).toHaveLength(1);
    expect($(element, '[part="answer"]').textContent).toContain("Odpowiedź partnerstwa: uwzględniona");
    expect(text(element)).toContain("Komentarz ukryty przez moderację. Powód: reklama");
    expect(text(element)).not.toContain("Reklama ");
    expect(text(element)).toContain("Gmina Klukowo");
    await expectAccessible(element);
  });

  it("sends a comment with the keyboard alone, announces it and shows it", async () => {
    const store = await seededStore();
    const element = mount(store);
    await until(() => shadow(element).querySelector("form"));
    $<HTMLInputElement>(element, 'input[name="stance"][value="in_favour"]').focus();
    await userEvent.keyboard(" ");
    await userEvent.tab();
    await userEvent.keyboard("Potrzebny jest autobus do Wysokiego Mazowieckiego.");
    $<HTMLButtonElement>(element, 'button[type="submit"]').focus();
    await userEvent.keyboard("{Enter}");
    await until(() => text(element).includes("Komentarze (1)"));
    expect($(element, '[role="status"]').textContent).toContain("opublikowany");
    const [stored] = await listed(store);
    expect(stored).toMatchObject({ stance: "in_favour", target: { kind: "paragraph", id: "transport-1" } });
    await expectAccessible(element);
  });

  it("says a comment awaits moderation before publication, and names what is missing", async () => {
    const store = await seededStore({ moderation: "before" });
    const element = mount(store, "en");
    await until(() => shadow(element).querySelector("form"));
    $<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await until(() => text(element).includes("Choose a stance."));
    $<HTMLInputElement>(element, 'input[name="stance"][value="against"]').click();
    const area = $<HTMLTextAreaElement>(element, "textarea");
    area.value = "Too little on buses.";
    area.dispatchEvent(new Event("input"));
    $<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await until(() => shadow(element).querySelector(".notice"));
    expect(text(element)).toContain("awaits moderation");
    expect(text(element)).toContain("No one has commented on this yet.");
    expect(await listed(store)).toHaveLength(1);
    await expectAccessible(element);
  });

  it("replies to a comment, and offers no reply at the third level", async () => {
    const first = aComment();
    const second = aComment({ replyTo: first.id, submittedAt: "2026-02-02T10:00:00Z" });
    const third = aComment({ replyTo: second.id, submittedAt: "2026-02-03T10:00:00Z" });
    const store = await seededStore({}, [first, second, third]);
    const element = mount(store);
    await until(() => shadow(element).querySelector("form"));
    const replies = [...shadow(element).querySelectorAll("article")].map((a) =>
      [...a.querySelectorAll("button")].some((b) => b.textContent === "Odpowiedz"),
    );
    expect(replies).toEqual([true, true, false]);
    shadow(element).querySelector<HTMLButtonElement>("article button")!.click();
    await until(() => text(element).includes("Twoja odpowiedź"));
    expect(shadow(element).activeElement?.getAttribute("name")).toBe("stance");
  });

  it("takes reports from readers", async () => {
    const store = await seededStore({}, [aComment()]);
    const element = mount(store);
    await until(() => shadow(element).querySelector("article"));
    [...shadow(element).querySelectorAll("button")]
      .find((b) => b.textContent === "Zgłoś moderatorom")!
      .click();
    await until(() => text(element).includes("zgłoszenie trafiło"));
    const steps = await store.listSubmissions("moderation", { partnershipId: partnership.id });
    expect(steps.items.map((s) => s.action)).toEqual(["report"]);
  });

  it("shows a closed consultation without a form", async () => {
    const element = mount(await threadStore({ closesAt: "2026-03-01T00:00:00Z" }));
    await until(() => text(element).includes("Konsultacje są zamknięte"));
    expect(shadow(element).querySelector("form")).toBeNull();
    await expectAccessible(element);
  });

  it("renders hostile content in every field as text, and no script runs", async () => {
    const hostile = aComment({
      name: hostilePayloads[1],
      text: hostileText,
      target: { kind: "paragraph", id: "transport-1", passage: "Wiele wsi" },
    });
    const store = await seededStore({}, [hostile]);
    await store.put("answers", {
      id: hostile.id,
      partnershipId: partnership.id,
      consultationId: consultation.id,
      commentId: hostile.id,
      position: "rejected",
      justification: { pl: hostileText },
      answeredAt: "2026-02-10T10:00:00Z",
    });
    const element = mount(store);
    await until(() => shadow(element).querySelector("article"));
    for (const payload of hostilePayloads) expect(text(element)).toContain(payload.replace(/\s+/g, " "));
    expect(
      shadow(element).querySelector(
        "article script, article img, article svg, article iframe, article style, article b",
      ),
    ).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
