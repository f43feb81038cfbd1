// A question may be named `constructor` (a valid id): the widget must not find Object.prototype's
// constructor as its answer, or the optional question would be shown as answered and sent.
import type { SurveyResponse } from "@cwd/core";
import { afterEach, expect, it, vi } from "vitest";
import { until } from "../test/helpers.js";
import "./define.js";
import { partnership, seededStore, survey } from "./fixtures.js";
import type { CwdSurvey } from "./survey.js";

afterEach(() => document.body.replaceChildren());

it("treats an optional question named constructor as unanswered, and sends without it", async () => {
  const store = await seededStore();
  const [first, ...rest] = survey.sections;
  const withConstructor = {
    ...survey,
    sections: [
      {
        ...first!,
        questions: [
          ...first!.questions,
          {
            id: "constructor",
            type: "text" as const,
            text: { pl: "Uwagi" },
            required: false,
            multiline: false,
            maxLength: 100,
          },
        ],
      },
      ...rest,
    ],
  };
  const current = await store.get("surveys", { partnershipId: partnership.id, id: survey.id });
  await store.put("surveys", { ...withConstructor, version: current.version });
  const element = document.createElement("cwd-survey") as CwdSurvey;
  element.layout = "page";
  element.partnership = partnership.id;
  element.survey = survey.id;
  element.store = store;
  document.body.append(element);
  const root = element.shadowRoot!;
  await until(() => root.querySelector("form"));
  const field = root.querySelector<HTMLInputElement>(
    '[name="q-constructor"], #q-constructor input, input[id*="constructor"]',
  );
  expect(field?.value ?? "").toBe("");
  const click = (selector: string) => root.querySelector<HTMLInputElement>(selector)!.click();
  click('input[name="q-gmina"][value="gmina-klukowo"]');
  click('input[name="q-ocena-gminy"][value="4"]');
  click('input[name="q-problemy"][value="transport"]');
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  const sent = await vi.waitFor(
    async () => {
      const page = await store.listSubmissions("responses", { partnershipId: partnership.id });
      const first = page.items[0] as SurveyResponse | undefined;
      if (!first) throw new Error("not sent yet");
      return first;
    },
    { timeout: 5_000, interval: 50 },
  );
  expect(Object.hasOwn(sent.answers, "constructor")).toBe(false);
});
