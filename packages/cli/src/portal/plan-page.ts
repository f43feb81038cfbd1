/**
 * The demo portal's page of the joint plan: the sample action plan (marked as such), the calendar of
 * meetings and the good practices, each embedded as a webmaster would, with one element.
 */
export function planPage(lang: "pl" | "en"): string {
  const t = texts[lang];
  const partnership = "ziemia-wysokomazowiecka";
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<link rel="stylesheet" href="/portal.css">
<script type="module" src="/widgets/cwd-loader.js"></script>
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="site-header">
  <nav aria-label="${t.navLabel}" class="wrap">
    <ul>
      <li><a href="${t.home}">${t.homeLabel}</a></li>
      <li><a href="#plan">${t.plan}</a></li>
      <li><a href="#kalendarz">${t.calendar}</a></li>
      <li><a href="#praktyki">${t.practices}</a></li>
    </ul>
  </nav>
</header>
<main id="main" class="wrap">
  <h1>${t.title}</h1>
  <section id="plan" aria-label="${t.plan}">
    <cwd-action-plan api="/api" partnership="${partnership}" sample lang="${lang}"></cwd-action-plan>
  </section>
  <section id="kalendarz" aria-label="${t.calendar}">
    <cwd-events api="/api" partnership="${partnership}" lang="${lang}"></cwd-events>
  </section>
  <section id="praktyki" aria-label="${t.practices}">
    <cwd-practices api="/api" partnership="${partnership}" lang="${lang}"></cwd-practices>
  </section>
</main>
</body>
</html>
`;
}

const texts = {
  pl: {
    title: "Plan wspólnych działań, kalendarz i dobre praktyki",
    skip: "Przejdź do treści",
    navLabel: "Menu",
    home: "/",
    homeLabel: "Strona główna",
    plan: "Plan działań (przykład)",
    calendar: "Kalendarz spotkań",
    practices: "Dobre praktyki",
  },
  en: {
    title: "Joint action plan, calendar and good practices",
    skip: "Skip to content",
    navLabel: "Menu",
    home: "/en",
    homeLabel: "Home",
    plan: "Action plan (sample)",
    calendar: "Calendar of meetings",
    practices: "Good practices",
  },
};
