import { createMemoryStore } from "@cwd/adapters/memory";
import type { Partnership, Store, Survey } from "@cwd/core";

/** Partnerstwo Ziemia Wysokomazowiecka (podlaskie); TERC codes from the TERYT register, 2024-01-01. */
export const partnership: Partnership = {
  id: "ziemia-wysokomazowiecka",
  name: { pl: "Partnerstwo Ziemia Wysokomazowiecka", en: "Wysokie Mazowieckie Land Partnership" },
  voivodeship: { name: "podlaskie", terc: "20" },
  members: [
    {
      id: "miasto-wysokie-mazowieckie",
      name: "Miasto Wysokie Mazowieckie",
      kind: "gmina_miejska",
      terc: "2013011",
    },
    { id: "gmina-ciechanowiec", name: "Gmina Ciechanowiec", kind: "gmina_miejsko_wiejska", terc: "2013023" },
    { id: "gmina-klukowo", name: "Gmina Klukowo", kind: "gmina_wiejska", terc: "2013042" },
    { id: "gmina-szepietowo", name: "Gmina Szepietowo", kind: "gmina_miejsko_wiejska", terc: "2013093" },
  ],
};

/** A residents' survey as a partnership runs it while preparing its development strategy. */
export const survey: Survey = {
  id: "ankieta-mieszkancow",
  partnershipId: partnership.id,
  title: { pl: "Ankieta dla mieszkańców", en: "Residents' survey" },
  description: {
    pl: "Pomóż nam zaplanować rozwój Ziemi Wysokomazowieckiej. Ankieta jest anonimowa i zajmie około 3 minut.",
    en: "Help us plan the development of the Wysokie Mazowieckie Land. The survey is anonymous and takes about 3 minutes.",
  },
  audience: "residents",
  status: "open",
  sections: [
    {
      id: "o-tobie",
      title: { pl: "O Tobie", en: "About you" },
      questions: [
        {
          id: "gmina",
          type: "single_choice",
          required: true,
          text: { pl: "W której gminie mieszkasz?", en: "Which municipality do you live in?" },
          options: [
            {
              id: "miasto-wysokie-mazowieckie",
              label: { pl: "Miasto Wysokie Mazowieckie", en: "Town of Wysokie Mazowieckie" },
            },
            { id: "gmina-ciechanowiec", label: { pl: "Gmina Ciechanowiec", en: "Ciechanowiec" } },
            { id: "gmina-klukowo", label: { pl: "Gmina Klukowo", en: "Klukowo" } },
            { id: "gmina-szepietowo", label: { pl: "Gmina Szepietowo", en: "Szepietowo" } },
          ],
        },
      ],
    },
    {
      id: "ocena",
      title: { pl: "Jak się tu żyje", en: "Life here" },
      questions: [
        {
          id: "ocena-gminy",
          type: "scale",
          required: true,
          text: {
            pl: "Jak oceniasz swoją gminę jako miejsce do życia?",
            en: "How do you rate your municipality as a place to live?",
          },
          min: 1,
          max: 5,
          minLabel: { pl: "bardzo źle", en: "very poor" },
          maxLabel: { pl: "bardzo dobrze", en: "very good" },
        },
        {
          id: "problemy",
          type: "multiple_choice",
          required: true,
          text: {
            pl: "Jakie są trzy najważniejsze problemy Twojej okolicy?",
            en: "What are the three most important problems where you live?",
          },
          maxChoices: 3,
          options: [
            { id: "transport", label: { pl: "Słaby transport publiczny", en: "Poor public transport" } },
            { id: "drogi", label: { pl: "Zły stan dróg", en: "Roads in poor condition" } },
            { id: "praca", label: { pl: "Brak pracy", en: "Lack of jobs" } },
            { id: "zdrowie", label: { pl: "Dostęp do lekarzy", en: "Access to doctors" } },
            { id: "mlodzi", label: { pl: "Wyjazdy młodych ludzi", en: "Young people moving away" } },
          ],
        },
        {
          id: "co-zmienic",
          type: "text",
          required: false,
          multiline: true,
          maxLength: 500,
          text: { pl: "Co należy zmienić w pierwszej kolejności?", en: "What should change first?" },
          help: {
            pl: "Napisz własnymi słowami. Nie podawaj danych osobowych.",
            en: "Use your own words. Do not include personal details.",
          },
        },
      ],
    },
  ],
};

/** A memory store holding the partnership and the survey, with the survey in the given status. */
export async function seededStore(status: Survey["status"] = "open"): Promise<Store> {
  const store = createMemoryStore();
  await store.put("partnerships", partnership);
  await store.put("surveys", { ...survey, status });
  return store;
}
