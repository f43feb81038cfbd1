// Vitest's test page says <html lang="en">; the elements follow the page's language, and the tests
// expect a page that states none (Polish by default) unless a test sets one.
document.documentElement.removeAttribute("lang");
