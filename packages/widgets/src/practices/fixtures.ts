import type { Partnership } from "@cwd/core";
import { partnership } from "../survey/fixtures.js";
import type { PracticeSource } from "./practices.js";

const other: Partnership = {
  id: "losice",
  name: { pl: "Partnerstwo Łosice" },
  voivodeship: { name: "mazowieckie", terc: "14" },
  members: [{ id: "gmina-losice", name: "Gmina Łosice", kind: "gmina_miejsko_wiejska", terc: "1409033" }],
};

/** Two partnerships' documents, one with an item that is not a valid practice. */
export const documents: PracticeSource[] = [
  {
    partnership,
    practices: [
      {
        id: "wspolne-schronisko",
        partnershipId: partnership.id,
        title: { pl: "Wspólna umowa ze schroniskiem" },
        summary: { pl: "Jedna umowa na opiekę nad bezdomnymi psami dla czterech gmin." },
        themes: ["zwierzeta"],
        ranBy: ["gmina-klukowo", "gmina-szepietowo"],
        cost: { amount: 4_500_000, currency: "PLN" },
        results: { pl: "Koszt na psa niższy o jedną czwartą." },
        contact: "Urząd Gminy Klukowo, tel. 86 000 00 00",
      },
      { id: "bez-tytulu", partnershipId: partnership.id },
    ],
  },
  {
    partnership: other,
    practices: [
      {
        id: "dowozy",
        partnershipId: other.id,
        title: { pl: "Wspólne dowozy do szkół" },
        summary: { pl: "Jeden przetarg na dowozy uczniów." },
        themes: ["transport"],
        ranBy: ["gmina-losice"],
        links: ["https://losice.example.gov.pl/dowozy"],
      },
    ],
  },
];
