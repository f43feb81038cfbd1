import { elementMessages } from "../internal/lang.js";

export const practicesMessages = elementMessages({
  pl: {
    title: "Dobre praktyki",
    loadFailed: "Nie udało się wczytać dobrych praktyk. Sprawdź połączenie z internetem i spróbuj ponownie.",
    none: "Brak dobrych praktyk do pokazania.",
    theme: "Temat",
    member: "Gmina",
    all: "wszystkie",
    ranBy: "Prowadzi",
    cost: "Koszt",
    results: "Efekty",
    contact: "Kontakt",
    links: "Więcej",
    from: "Partnerstwo",
  },
  en: {
    title: "Good practices",
    loadFailed: "The good practices could not be loaded. Check your internet connection and try again.",
    none: "No good practices to show.",
    theme: "Theme",
    member: "Municipality",
    all: "all",
    ranBy: "Run by",
    cost: "Cost",
    results: "Results",
    contact: "Contact",
    links: "More",
    from: "Partnership",
  },
});
