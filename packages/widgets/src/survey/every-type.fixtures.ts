import { createMemoryStore } from "@cwd/adapters/memory";
import type { Store, Survey } from "@cwd/core";
import { partnership } from "./fixtures.js";

const text = (pl: string, en?: string) => (en ? { pl, en } : { pl });
const options = (...labels: string[]) => labels.map((label, i) => ({ id: `o${i + 1}`, label: text(label) }));

/** A survey with one question of every type, and logic: a section shown only to those with children. */
export const everyTypeSurvey: Survey = {
  id: "kazdy-typ",
  partnershipId: partnership.id,
  title: text("Każdy typ pytania"),
  audience: "residents",
  status: "open",
  sections: [
    {
      id: "ty",
      title: text("O Tobie"),
      questions: [
        { id: "gmina", type: "member", text: text("W której gminie mieszkasz?"), required: true },
        {
          id: "wiek",
          type: "number",
          text: text("Ile masz lat?"),
          required: false,
          min: 15,
          max: 120,
          integer: true,
        },
        {
          id: "od-kiedy",
          type: "date",
          text: text("Od kiedy tu mieszkasz?"),
          required: false,
          max: "2026-12-31",
        },
        {
          id: "dzieci",
          type: "single_choice",
          display: "dropdown",
          text: text("Czy masz dzieci w wieku szkolnym?"),
          required: true,
          options: [
            { id: "tak", label: text("Tak") },
            { id: "nie", label: text("Nie") },
          ],
        },
      ],
    },
    {
      id: "szkola",
      title: text("Szkoła"),
      showIf: { op: "equals", question: "dzieci", value: "tak" },
      questions: [
        {
          id: "dojazd",
          type: "single_choice",
          text: text("Jak dzieci dojeżdżają do szkoły?"),
          required: true,
          options: options("Autobusem szkolnym", "Samochodem"),
          other: text("Inaczej"),
        },
      ],
    },
    {
      id: "opinie",
      title: text("Opinie"),
      questions: [
        {
          id: "problemy",
          type: "multiple_choice",
          text: text("Co jest problemem?"),
          required: false,
          options: options("Drogi", "Praca", "Transport"),
          none: text("Nic z tych rzeczy"),
          maxChoices: 2,
        },
        {
          id: "polecenie",
          type: "scale",
          text: text("Czy polecisz gminę? (0-10)"),
          required: false,
          min: 0,
          max: 10,
          dontKnow: text("Nie wiem"),
        },
        {
          id: "uslugi",
          type: "matrix",
          text: text("Jak oceniasz usługi?"),
          required: true,
          rows: [
            { id: "zdrowie", label: text("Ochrona zdrowia") },
            { id: "szkoly", label: text("Szkoły") },
          ],
          min: 1,
          max: 5,
        },
        {
          id: "priorytety",
          type: "ranking",
          text: text("Uszereguj priorytety"),
          required: true,
          options: options("Drogi", "Szkoły", "Kultura"),
          top: 2,
        },
        {
          id: "zgoda",
          type: "consent",
          text: text("Zgadzam się na przetwarzanie odpowiedzi w celach statystycznych"),
          required: true,
        },
      ],
    },
  ],
};

export async function everyTypeStore(changes: Partial<Survey> = {}): Promise<Store> {
  const store = createMemoryStore();
  await store.put("partnerships", partnership);
  await store.put("surveys", { ...everyTypeSurvey, ...changes });
  return store;
}
