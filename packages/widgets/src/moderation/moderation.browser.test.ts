import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { aComment, consultation, partnership } from "../comments/fixtures.js";
import { hostilePayloads, hostileText } from "../comments/hostile.js";
import { expectAccessible, until } from "../test/helpers.js";
import "./define.js";
import { api, serve } from "./fixtures.js";
import type { CwdModeration } from "./moderation.js";

const shadow = (element: CwdModeration) => element.shadowRoot!;
const text = (element: CwdModeration) => shadow(element).textContent?.replace(/\s+/g, " ") ?? "";
const button = (element: CwdModeration, name: string) =>
  [...shadow(element).querySelectorAll("button")].find((b) => b.textContent?.trim() === name)!;

function mount(fetch: CwdModeration["fetch"], lang?: string): CwdModeration {
  const element = document.createElement("cwd-moderation");
  element.api = api;
  element.partnership = partnership.id;
  element.consultation = consultation.id;
  element.fetch = fetch;
  if (lang) element.lang = lang;
  document.body.append(element);
  return element;
}

/** Types the token into the password field and sends it, with the keyboard alone. */
async function enterToken(element: CwdModeration, token: string) {
  const input = await until(() => shadow(element).querySelector<HTMLInputElement>("#token"));
  input.focus();
  await userEvent.keyboard(token);
  await userEvent.keyboard("{Enter}");
}

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  localStorage.clear();
  delete (window as { __pwned?: number }).__pwned;
});

describe("cwd-moderation", { timeout: 30_000 }, () => {
  it("asks for the token once, keeps it for the tab only, and shows the queue accessibly", async () => {
    const { fetch, token } = await serve();
    const moderator = await token("moderator");
    const element = mount(fetch);
    await until(() => shadow(element).querySelector("#token"));
    expect(shadow(element).querySelector("#token")?.getAttribute("type")).toBe("password");
    await expectAccessible(element);
    await enterToken(element, moderator);
    await until(() => text(element).includes("Do moderacji (2)"));
    expect(sessionStorage.getItem(`cwd-moderation-token:${api}`)).toBe(moderator);
    expect(JSON.stringify(localStorage)).not.toContain(moderator);
    expect(text(element)).toContain("czeka na publikację");
    expect(text(element)).toContain("zgłoszenia: 1");
    await until(() => text(element).includes("Dotyczy: 1. Transport, akapit 1"));
    expect(text(element)).toContain("Jan · Gmina Klukowo");
    expect(text(element)).not.toContain("gmina-klukowo");
    await expectAccessible(element);

    // A second element in the same tab needs no token.
    element.remove();
    const again = mount(fetch);
    await until(() => text(again).includes("Do moderacji (2)"));
    button(again, "Zapomnij token").click();
    await until(() => shadow(again).querySelector("#token"));
    expect(sessionStorage.length).toBe(0);
  });

  it("publishes, and hides with a required reason, with the keyboard alone and announced", async () => {
    const { fetch, token, steps } = await serve();
    const element = mount(fetch);
    await enterToken(element, await token("moderator"));
    await until(() => text(element).includes("Do moderacji (2)"));
    button(element, "Opublikuj").focus();
    await userEvent.keyboard("{Enter}");
    await until(() => text(element).includes("Komentarz opublikowany."));
    await until(() => text(element).includes("Do moderacji (1)"));

    button(element, "Ukryj").focus();
    await userEvent.keyboard("{Enter}");
    await until(() => shadow(element).activeElement?.tagName === "TEXTAREA");
    button(element, "Ukryj").focus();
    await userEvent.keyboard("{Enter}");
    await until(() => text(element).includes("Podaj powód."));
    const reasonField = shadow(element).querySelector("textarea")!;
    expect([reasonField.getAttribute("aria-invalid"), reasonField.getAttribute("aria-describedby")]).toEqual([
      "true",
      "problem",
    ]);
    await expectAccessible(element);
    shadow(element).querySelector("textarea")!.focus();
    await userEvent.keyboard("reklama");
    await userEvent.keyboard("{Tab}{Enter}");
    await until(() => text(element).includes("Komentarz ukryty."));
    await until(() => text(element).includes("ukryty przez moderację"));
    expect(text(element)).toContain("Powód: reklama");
    expect(await steps()).toEqual(expect.arrayContaining(["publish", "report", "publish", "hide"]));
    await expectAccessible(element);

    button(element, "Przywróć").click();
    const reason = await until(() => shadow(element).querySelector("textarea"));
    reason.value = "pomyłka";
    button(element, "Przywróć").click();
    await until(() => text(element).includes("Komentarz przywrócony."));
    expect(await steps()).toContain("restore");
  });

  it("writes and revises the official answer with an editor's token", async () => {
    const { fetch, token, store, reported } = await serve();
    const element = mount(fetch, "en");
    await enterToken(element, await token("editor"));
    await until(() => text(element).includes("To moderate (2)"));
    shadow(element)
      .querySelectorAll("article")[1]!
      .querySelector<HTMLButtonElement>("button:last-of-type")!
      .click();
    await until(() => shadow(element).querySelector('input[name="position"]'));
    button(element, "Save the answer").click();
    await until(() => text(element).includes("Choose a position."));
    await expectAccessible(element);
    shadow(element).querySelector<HTMLInputElement>('input[value="rejected"]')!.click();
    shadow(element).querySelector<HTMLTextAreaElement>('textarea[name="justification-en"]')!.focus();
    await userEvent.keyboard("This is not about the diagnosis.");
    button(element, "Save the answer").click();
    await until(() => text(element).includes("Write the justification in Polish."));
    expect(shadow(element).activeElement?.getAttribute("name")).toBe("justification");
    expect(shadow(element).activeElement?.getAttribute("aria-invalid")).toBe("true");
    expect(
      shadow(element).querySelector('textarea[name="justification-en"]')?.hasAttribute("aria-invalid"),
    ).toBe(false);
    await userEvent.keyboard("To nie dotyczy diagnozy.");
    button(element, "Save the answer").click();
    await until(() => text(element).includes("Answer saved."));
    await until(() => text(element).includes("The partnership's answer: rejected"));
    expect(text(element)).toContain("To nie dotyczy diagnozy. In English: This is not about the diagnosis.");
    expect(shadow(element).querySelector('[part="answer"] [lang="en"]')?.textContent).toBe(
      "This is not about the diagnosis.",
    );
    expect(await store.get("answers", { partnershipId: partnership.id, id: reported.id })).toMatchObject({
      justification: { pl: "To nie dotyczy diagnozy.", en: "This is not about the diagnosis." },
    });
    await expectAccessible(element);

    button(element, "Revise the answer").click();
    await until(() => shadow(element).querySelector<HTMLInputElement>('input[value="rejected"]')?.checked);
    expect(
      shadow(element).querySelector<HTMLTextAreaElement>('textarea[name="justification-en"]')?.value,
    ).toBe("This is not about the diagnosis.");
    await expectAccessible(element);
    shadow(element).querySelector<HTMLInputElement>('input[value="partly_accepted"]')!.click();
    button(element, "Save the answer").click();
    await until(() => text(element).includes("The partnership's answer: partly accepted"));
    const saved = await store.get("answers", { partnershipId: partnership.id, id: reported.id });
    expect(saved).toMatchObject({ position: "partly_accepted", version: 2 });
    expect(saved.justification).toEqual({
      pl: "To nie dotyczy diagnozy.",
      en: "This is not about the diagnosis.",
    });
    await expectAccessible(element);
  });

  it("lists every comment, restores one hidden without reports, and counts those still without an answer", async () => {
    const { fetch, token, steps, offTopic } = await serve({ hidden: true });
    const element = mount(fetch);
    await enterToken(element, await token("editor"));
    await until(() => text(element).includes("Do moderacji (2)"));
    expect(text(element)).toContain("Komentarze bez odpowiedzi partnerstwa: 3.");
    expect(text(element)).not.toContain("Nie na temat.");
    await expectAccessible(element);

    const view = shadow(element).querySelector<HTMLSelectElement>("#view")!;
    await userEvent.selectOptions(view, "hidden");
    await until(() => text(element).includes("Ukryte (1)"));
    expect(text(element)).toContain("ukryty przez moderację (Powód: poza tematem) · zgłoszenia: 0");
    expect(text(element)).toContain("bez odpowiedzi partnerstwa");
    button(element, "Przywróć").click();
    await until(() => shadow(element).activeElement?.tagName === "TEXTAREA");
    await userEvent.keyboard("pomyłka");
    await userEvent.keyboard("{Tab}{Enter}");
    await until(() => text(element).includes("Komentarz przywrócony."));
    await until(() => text(element).includes("Ukryte (0)"));
    expect(text(element)).toContain("Żaden komentarz nie pasuje do tego widoku.");
    expect(await steps()).toContain("restore");

    await userEvent.selectOptions(view, "all");
    await until(() => text(element).includes("Wszystkie komentarze (3)"));
    expect(text(element)).toContain("Nie na temat.");
    expect(text(element)).toContain(`${offTopic.name}`);
    await userEvent.selectOptions(view, "unanswered");
    await until(() => text(element).includes("Bez odpowiedzi partnerstwa (3)"));
    button(element, "Odpowiedz w imieniu partnerstwa").click();
    await until(() => shadow(element).querySelector('input[name="position"]'));
    shadow(element).querySelector<HTMLInputElement>('input[value="not_applicable"]')!.click();
    shadow(element).querySelector("textarea")!.value = "Uwaga nie dotyczy diagnozy.";
    button(element, "Zapisz odpowiedź").click();
    await until(() => text(element).includes("Bez odpowiedzi partnerstwa (2)"));
    expect(text(element)).toContain("Komentarze bez odpowiedzi partnerstwa: 2.");
    await expectAccessible(element);
  });

  it("keeps the English justification when only the Polish one is revised, and drops it when emptied", async () => {
    const { fetch, token, store, reported } = await serve({ answered: true });
    const saved = () => store.get("answers", { partnershipId: partnership.id, id: reported.id });
    const element = mount(fetch);
    await enterToken(element, await token("editor"));
    await until(() => text(element).includes("Uwzględnimy. Po angielsku: We shall take it in."));
    await expectAccessible(element);
    button(element, "Popraw odpowiedź").click();
    const pl = await until(() =>
      shadow(element).querySelector<HTMLTextAreaElement>('textarea[name="justification"]'),
    );
    const en = shadow(element).querySelector<HTMLTextAreaElement>('textarea[name="justification-en"]')!;
    expect([pl.value, en.value]).toEqual(["Uwzględnimy.", "We shall take it in."]);
    expect(text(element)).toContain("Uzasadnienie po angielsku (nieobowiązkowe)");
    await expectAccessible(element);
    pl.value = "Uwzględnimy w rozdziale 3.";
    button(element, "Zapisz odpowiedź").click();
    await until(() => text(element).includes("Odpowiedź zapisana."));
    expect((await saved()).justification).toEqual({
      pl: "Uwzględnimy w rozdziale 3.",
      en: "We shall take it in.",
    });

    button(element, "Popraw odpowiedź").click();
    const emptied = await until(() =>
      shadow(element).querySelector<HTMLTextAreaElement>('textarea[name="justification-en"]'),
    );
    emptied.value = "  ";
    button(element, "Zapisz odpowiedź").click();
    await until(() => text(element).includes("Odpowiedź zapisana."));
    await until(() => !shadow(element).querySelector("form"));
    expect((await saved()).justification).toEqual({ pl: "Uwzględnimy w rozdziale 3." });
    expect(text(element)).not.toContain("Po angielsku:");
    await expectAccessible(element);
  });

  it("shows members by name and targets by their section, and ids only where there is no name", async () => {
    const elsewhere = aComment({
      memberId: "gmina-spoza-partnerstwa",
      target: { kind: "goal", id: "cel-1" },
      submittedAt: "2026-02-04T10:00:00Z",
    });
    const { fetch, token } = await serve({ extra: [elsewhere] });
    const element = mount(fetch, "en");
    await enterToken(element, await token("moderator"));
    await until(() => text(element).includes("On: 1. Transport, paragraph 1"));
    expect(text(element)).toContain("Jan · Gmina Klukowo");
    expect(text(element)).toContain("Anonymous · gmina-spoza-partnerstwa");
    expect(text(element)).toContain("On: goal:cel-1");
    await expectAccessible(element);
  });

  it("reloads and says so when someone else answered first (409)", async () => {
    const { fetch, token, store, reported } = await serve();
    const element = mount(fetch, "en");
    await enterToken(element, await token("editor"));
    await until(() => text(element).includes("To moderate (2)"));
    await store.put("answers", {
      id: reported.id,
      partnershipId: partnership.id,
      consultationId: consultation.id,
      commentId: reported.id,
      position: "accepted",
      justification: { pl: "Ktoś był szybszy." },
      answeredAt: "2026-02-10T10:00:00Z",
    });
    shadow(element)
      .querySelectorAll("article")[1]!
      .querySelector<HTMLButtonElement>("button:last-of-type")!
      .click();
    await until(() => shadow(element).querySelector('input[name="position"]'));
    shadow(element).querySelector<HTMLInputElement>('input[value="rejected"]')!.click();
    shadow(element).querySelector("textarea")!.value = "Nie.";
    button(element, "Save the answer").click();
    await until(() => text(element).includes("Someone else changed this comment first"));
    await until(() => text(element).includes("Ktoś był szybszy."));
    await expectAccessible(element);
  });

  it("says a token that may not moderate here cannot, and forgets it", async () => {
    const { fetch, token } = await serve();
    const element = mount(fetch, "en");
    await enterToken(element, await token("analyst"));
    await until(() => text(element).includes("This token may not moderate in this partnership."));
    expect(shadow(element).querySelector("#token")).not.toBeNull();
    expect(sessionStorage.length).toBe(0);
    await enterToken(element, "cwd_not-a-token");
    await until(() => text(element).includes("This token may not moderate in this partnership."));
    await expectAccessible(element);

    // A moderator may moderate but not answer: the answer is refused the same way.
    await enterToken(element, await token("moderator"));
    await until(() => text(element).includes("To moderate (2)"));
    button(element, "Answer for the partnership").click();
    await until(() => shadow(element).querySelector('input[name="position"]'));
    shadow(element).querySelector<HTMLInputElement>('input[value="accepted"]')!.click();
    shadow(element).querySelector("textarea")!.value = "Tak.";
    button(element, "Save the answer").click();
    await until(() => text(element).includes("This token may not moderate in this partnership."));
  });

  it("renders hostile content as text, and no script runs", async () => {
    const hostile = aComment({
      name: hostilePayloads[1],
      text: hostileText,
      submittedAt: "2026-02-05T10:00:00Z",
    });
    const { fetch, token } = await serve({ extra: [hostile] });
    const element = mount(fetch);
    await enterToken(element, await token("moderator"));
    await until(() => text(element).includes("Do moderacji (3)"));
    for (const payload of hostilePayloads) expect(text(element)).toContain(payload.replace(/\s+/g, " "));
    expect(
      shadow(element).querySelector("article script, article img, article svg, article iframe, article b"),
    ).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
