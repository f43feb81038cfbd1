import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

export type PortalLang = "pl" | "en";
type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * The portal's sections, in the order of its menu. A section with no English page links to its
 * Polish one from the English menu (marked with hreflang), rather than hiding it.
 */
const sections = {
  home: { href: { pl: "/", en: "/en" }, label: { pl: "Strona główna", en: "Home" } },
  strategy: { href: { pl: "/strategia" }, label: { pl: "Strategia i portret", en: "Strategy and portrait" } },
  projects: { href: { pl: "/projekty" }, label: { pl: "Projekty", en: "Projects" } },
  surveys: { href: { pl: "/ankiety" }, label: { pl: "Ankiety", en: "Surveys" } },
  plan: { href: { pl: "/plan", en: "/en/plan" }, label: { pl: "Plan i kalendarz", en: "Plan and calendar" } },
  consultations: { href: { pl: "/konsultacje" }, label: { pl: "Konsultacje", en: "Consultations" } },
} satisfies Record<string, { href: { pl: string; en?: string }; label: Record<PortalLang, string> }>;

export type PortalSection = keyof typeof sections;

const texts = {
  pl: {
    skip: "Przejdź do treści",
    navLabel: "Menu główne",
    siteName: "Partnerstwo Ziemia Wysokomazowiecka",
    tagline: "Wspólna strategia gmin i powiatu – Centrum Wsparcia Doradczego",
    otherLanguage: { code: "en", label: "English" },
    footer: "Strona demonstracyjna zestawu @cwd.",
    api: "Dokumentacja API (OpenAPI)",
  },
  en: {
    skip: "Skip to content",
    navLabel: "Main menu",
    siteName: "Partnerstwo Ziemia Wysokomazowiecka",
    tagline: "A joint strategy of the gminas and the county – Centrum Wsparcia Doradczego",
    otherLanguage: { code: "pl", label: "Polski" },
    footer: "A demo site of the @cwd toolkit.",
    api: "API documentation (OpenAPI)",
  },
} as const;

/**
 * One page of the demo portal: the municipal-looking header with the menu of every section, the
 * page's own content and the footer. Written with `hono/html`, which escapes every value put into
 * it, so nothing stored can become markup; `main` is markup built the same way.
 *
 * @example
 * portalLayout({ lang: "pl", title: "Plan", current: "plan", main: html`<h1>Plan</h1>` });
 */
export function portalLayout({
  lang,
  title,
  current,
  main,
  siteName,
  otherLanguageHref,
  footnote,
}: {
  lang: PortalLang;
  title: string;
  current: PortalSection | undefined;
  main: Markup;
  /** The partnership's name, when the page has it from the store. */
  siteName?: string;
  /** This page in the other language, when there is one. */
  otherLanguageHref?: string;
  /** A line about the page's data sources, above the common footer. */
  footnote?: string;
}): Markup {
  const t = texts[lang];
  const name = siteName ?? t.siteName;
  const menu = Object.entries(sections).map(([id, section]) => {
    const href: string =
      (lang === "en" && "en" in section.href ? section.href.en : undefined) ?? section.href.pl;
    const polishOnly = lang === "en" && !("en" in section.href);
    return html`<li><a href="${href}"${polishOnly ? html` hreflang="pl"` : ""}${
      id === current ? html` aria-current="page"` : ""
    }>${section.label[lang]}</a></li>`;
  });
  const other = otherLanguageHref
    ? html`<li><a href="${otherLanguageHref}" lang="${t.otherLanguage.code}" hreflang="${t.otherLanguage.code}">${t.otherLanguage.label}</a></li>`
    : "";
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${name}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/portal.css">
<script type="module" src="/widgets/cwd-loader.js"></script>
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="site-header">
  <div class="wrap">
    <span class="crest" aria-hidden="true"></span>
    <div>
      <p class="site-name">${name}</p>
      <p class="site-tagline">${t.tagline}</p>
    </div>
  </div>
  <nav aria-label="${t.navLabel}" class="wrap">
    <ul>
      ${menu}
      ${other}
    </ul>
  </nav>
</header>
<main id="main" class="wrap">
${main}
</main>
<footer class="site-footer">
  <div class="wrap">
    ${footnote ? html`<p>${footnote}</p>` : ""}
    <p>${t.footer} <a href="/api/openapi.json">${t.api}</a></p>
  </div>
</footer>
</body>
</html>
`;
}
