import type { Partnership, Stored } from "@cwd/core";
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { portalLayout } from "./layout.js";

/**
 * The demo portal's home page: the residents' survey embedded exactly as a webmaster would, with one
 * script tag and one element, and the table of the partnership's members.
 */
export function portalPage({
  lang,
  partnership,
}: {
  lang: "pl" | "en";
  partnership: Stored<Partnership> | undefined;
}): HtmlEscapedString | Promise<HtmlEscapedString> {
  const t = texts[lang];
  const name = partnership
    ? lang === "en"
      ? (partnership.name.en ?? partnership.name.pl)
      : partnership.name.pl
    : t.fallbackName;
  return portalLayout({
    lang,
    title: t.surveyHeading,
    current: "home",
    siteName: name,
    otherLanguageHref: t.otherLanguageHref,
    footnote: t.footer,
    main: html`<section id="ankieta" aria-labelledby="ankieta-heading">
    <h1 id="ankieta-heading">${t.surveyHeading}</h1>
    <p class="lead">${t.surveyLead}</p>
    <cwd-survey api="/api" partnership="ziemia-wysokomazowiecka" survey="ankieta-mieszkancow" lang="${lang}" offline></cwd-survey>
  </section>
  ${partnership ? membersSection(partnership, lang) : ""}`,
  });
}

function membersSection(partnership: Stored<Partnership>, lang: "pl" | "en") {
  const t = texts[lang];
  const number = new Intl.NumberFormat(lang === "pl" ? "pl-PL" : "en-GB");
  const rows = partnership.members.map(
    (m) =>
      html`<tr><th scope="row">${m.name}</th><td>${t.kinds[m.kind]}</td><td>${m.terc}</td><td class="num">${
        m.population ? number.format(m.population.value) : "–"
      }</td><td class="num">${m.area ? number.format(m.area.value) : "–"}</td></tr>
      `,
  );
  return html`<section id="czlonkowie" aria-labelledby="czlonkowie-heading">
    <h2 id="czlonkowie-heading">${t.membersHeading}</h2>
    <div class="table-scroll" role="region" aria-labelledby="czlonkowie-caption" tabindex="0">
    <table>
      <caption id="czlonkowie-caption">${t.membersCaption}</caption>
      <thead><tr><th scope="col">${t.member}</th><th scope="col">${t.kind}</th><th scope="col">TERC</th><th scope="col" class="num">${t.population}</th><th scope="col" class="num">${t.area}</th></tr></thead>
      <tbody>
      ${rows}
      </tbody>
    </table>
    </div>
  </section>`;
}

const texts = {
  pl: {
    fallbackName: "Partnerstwo samorządów",
    otherLanguageHref: "/en",
    surveyHeading: "Ankieta dla mieszkańców",
    surveyLead:
      "Zapraszamy do wypełnienia anonimowej ankiety. Państwa odpowiedzi pomogą gminom i powiatowi wybrać wspólne projekty na najbliższe lata.",
    membersHeading: "Członkowie partnerstwa",
    membersCaption:
      "Gminy i powiat partnerstwa (kody TERYT wg stanu na 1.01.2024; ludność i powierzchnia za 2019 r.)",
    member: "Samorząd",
    kind: "Rodzaj",
    population: "Ludność",
    area: "Powierzchnia (km²)",
    kinds: {
      powiat: "powiat",
      gmina_miejska: "gmina miejska",
      gmina_wiejska: "gmina wiejska",
      gmina_miejsko_wiejska: "gmina miejsko-wiejska",
      miasto_na_prawach_powiatu: "miasto na prawach powiatu",
    },
    footer: "Dane: rejestr TERYT (GUS), tabela ludności z 2019 r.",
  },
  en: {
    fallbackName: "Partnership of local governments",
    otherLanguageHref: "/",
    surveyHeading: "Residents' survey",
    surveyLead:
      "Please fill in this anonymous survey. Your answers will help the gminas and the county choose joint projects for the coming years.",
    membersHeading: "Members of the partnership",
    membersCaption:
      "The partnership's gminas and county (TERYT codes as of 1 January 2024; population and area for 2019)",
    member: "Local government",
    kind: "Kind",
    population: "Population",
    area: "Area (km²)",
    kinds: {
      powiat: "county (powiat)",
      gmina_miejska: "urban gmina",
      gmina_wiejska: "rural gmina",
      gmina_miejsko_wiejska: "urban-rural gmina",
      miasto_na_prawach_powiatu: "city with county rights",
    },
    footer: "Data: TERYT register (Statistics Poland), 2019 population table.",
  },
} as const;

export const portalStyles = `
:root { --brand: #0b4f8a; --brand-dark: #073761; --text: #1d1d1d; --muted: #555; --bg: #f6f5f1; --cwd-color-accent: #0b4f8a; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.55 "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--text); background: var(--bg); overflow-wrap: break-word; }
.wrap { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; color: var(--brand-dark); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: 1rem; }
.site-header { background: var(--brand); color: #fff; }
.site-header > .wrap:first-child { display: flex; gap: 1rem; align-items: center; padding-top: 1rem; padding-bottom: .75rem; }
.crest { width: 2.75rem; height: 3.25rem; flex: none; border-radius: 0 0 1.4rem 1.4rem; background: linear-gradient(#d4202a 0 50%, #fff 50%); border: 2px solid #fff; }
.site-name { margin: 0; font-size: 1.35rem; font-weight: 700; }
.site-tagline { margin: 0; opacity: .92; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; padding: .5rem 0 .75rem; }
nav a { color: #fff; text-underline-offset: .2em; }
nav a[aria-current] { font-weight: 700; }
a { color: var(--brand-dark); }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #f5b400; outline-offset: 2px; }
main { background: #fff; padding-top: 1.5rem; padding-bottom: 2rem; }
h1 { font-size: 1.75rem; margin: 0 0 .5rem; color: var(--brand-dark); }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; color: var(--brand-dark); }
.lead { margin-top: 0; max-width: 42rem; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; color: var(--muted); padding-bottom: .5rem; }
th, td { border-bottom: 1px solid #ddd; padding: .4rem .6rem; text-align: left; }
thead th { border-bottom: 2px solid var(--brand); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.site-footer { color: var(--muted); font-size: .9rem; padding: 1rem 0 2rem; }
`;
