import type { ConsultationReport, ReportEntry } from "./report.js";

/** Polish words of the report, the language it is published in. */
const words = {
  stance: { in_favour: "za", neutral: "neutralnie", against: "przeciw" },
  position: {
    accepted: "uwzględniona",
    partly_accepted: "uwzględniona częściowo",
    rejected: "nieuwzględniona",
    not_applicable: "nie dotyczy",
  },
  status: { awaiting: "nieopublikowana", published: "opublikowana", hidden: "ukryta przez moderację" },
} as const;

/** Names to print for member ids (`gmina-klukowo` → `Gmina Klukowo`); an id without one prints as is. */
export type MemberNames = Readonly<Record<string, string>>;

function member(entry: ReportEntry, names: MemberNames): string {
  const id = entry.comment.memberId;
  return id === undefined ? "" : (names[id] ?? id);
}

/** The comment's text, or why it is not shown. */
function commentText(entry: ReportEntry): string {
  if (entry.text !== undefined) return entry.text;
  return `[treść ukryta przez moderację${entry.reason ? `: ${entry.reason}` : ""}]`;
}

function answerText(entry: ReportEntry): [position: string, justification: string] {
  return entry.answer
    ? [words.position[entry.answer.position], entry.answer.justification.pl]
    : ["brak odpowiedzi", ""];
}

/**
 * One CSV field (RFC 4180): quoted when it holds a separator, a quote or a line break. A text that a
 * spreadsheet would read as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first) gets a
 * leading `'`, so a hostile comment cannot run one (CSV injection).
 *
 * Hand-written rather than csv-stringify: core runs in browsers, and csv-stringify needs Node's
 * Buffer when it is imported (its browser build brings an 80 kB polyfill). Writing is this much.
 */
function csvField(value: string | number): string {
  const text = typeof value === "number" ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The report as CSV (one row per comment, a header row, `,`-separated, CRLF, RFC 4180 quoting), for
 * a spreadsheet.
 *
 * @example
 * reportCsv(report).split("\r\n")[0] // "nr,data,cel uwagi,fragment,…"
 */
export function reportCsv(report: ConsultationReport, names: MemberNames = {}): string {
  const header = [
    "nr",
    "data",
    "cel uwagi",
    "fragment",
    "podpis",
    "gmina",
    "stanowisko",
    "uwaga",
    "status",
    "odpowiedź",
    "uzasadnienie",
  ];
  const rows = report.entries.map((e) => [
    e.number,
    e.comment.submittedAt,
    e.targetLabel,
    e.comment.target.passage ?? "",
    e.comment.name ?? "",
    member(e, names),
    words.stance[e.comment.stance],
    commentText(e),
    words.status[e.status],
    ...answerText(e),
  ]);
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

/** Text as Markdown shows it literally: every character Markdown could read as syntax is escaped. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => `\\${c}`).replace(/\r?\n/g, "  \n");
}

function countLines(counts: Record<string, number>, label: (key: string) => string): string[] {
  return Object.entries(counts).map(([key, n]) => `${label(key)}: ${n}`);
}

/**
 * The report as Markdown: a heading, the counts, then each comment with its answer.
 *
 * @example
 * reportMarkdown(report).startsWith("# Raport z konsultacji") // true
 */
export function reportMarkdown(report: ConsultationReport, names: MemberNames = {}): string {
  const { consultation, counts } = report;
  const lines = [
    `# Raport z konsultacji: ${md(consultation.title.pl)}`,
    "",
    `Konsultacje od ${consultation.opensAt} do ${consultation.closesAt}. Uwag: ${counts.comments}, z odpowiedzią: ${counts.answered}.`,
    "",
    "## Liczba uwag",
    "",
    ...countLines(counts.byStance, (k) => words.stance[k as keyof typeof words.stance]).map((l) => `- ${l}`),
    ...countLines(counts.byMember, (k) => md(k === "unspecified" ? "gmina nie podana" : (names[k] ?? k))).map(
      (l) => `- ${l}`,
    ),
    ...countLines(counts.byTarget, md).map((l) => `- ${l}`),
    "",
    "## Uwagi i odpowiedzi",
  ];
  for (const e of report.entries) {
    const [position, justification] = answerText(e);
    const who = [e.comment.name, member(e, names)]
      .filter(Boolean)
      .map((s) => md(s as string))
      .join(", ");
    lines.push(
      "",
      `### ${e.number}. ${md(e.targetLabel)}`,
      "",
      `${words.stance[e.comment.stance]}${who ? ` · ${who}` : ""} · ${e.comment.submittedAt} · ${words.status[e.status]}`,
      "",
      ...(e.comment.target.passage ? [`> ${md(e.comment.target.passage)}`, ""] : []),
      md(commentText(e)),
      "",
      `**Odpowiedź: ${position}.** ${md(justification)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Text as HTML shows it literally. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The report as a printable HTML page (every text escaped): the counts, then a table of the
 * comments with their answers.
 *
 * @example
 * reportHtml(report).includes("<table") // true
 */
export function reportHtml(report: ConsultationReport, names: MemberNames = {}): string {
  const { consultation, counts } = report;
  const h = escapeHtml;
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${h(i)}</li>`).join("")}</ul>`;
  const rows = report.entries.map((e) => {
    const [position, justification] = answerText(e);
    const passage = e.comment.target.passage ? `<blockquote>${h(e.comment.target.passage)}</blockquote>` : "";
    return `<tr><td>${e.number}</td><td>${h(e.targetLabel)}${passage}</td><td>${h([e.comment.name, member(e, names)].filter(Boolean).join(", "))}</td><td>${h(words.stance[e.comment.stance])}</td><td>${h(commentText(e))}</td><td>${h(words.status[e.status])}</td><td><strong>${h(position)}</strong> ${h(justification)}</td></tr>`;
  });
  return `<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><title>Raport z konsultacji: ${h(consultation.title.pl)}</title>
<style>body{font:11pt/1.4 system-ui,sans-serif;margin:2em}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em;vertical-align:top;text-align:left}blockquote{margin:.3em 0;font-style:italic}@media print{tr{break-inside:avoid}}</style></head>
<body><h1>Raport z konsultacji: ${h(consultation.title.pl)}</h1>
<p>Konsultacje od ${h(consultation.opensAt)} do ${h(consultation.closesAt)}. Uwag: ${counts.comments}, z odpowiedzią: ${counts.answered}.</p>
<h2>Liczba uwag</h2>
${list(countLines(counts.byStance, (k) => words.stance[k as keyof typeof words.stance]))}
${list(countLines(counts.byMember, (k) => (k === "unspecified" ? "gmina nie podana" : (names[k] ?? k))))}
${list(countLines(counts.byTarget, (k) => k))}
<h2>Uwagi i odpowiedzi</h2>
<table><thead><tr><th scope="col">Nr</th><th scope="col">Czego dotyczy</th><th scope="col">Podpis</th><th scope="col">Stanowisko</th><th scope="col">Uwaga</th><th scope="col">Status</th><th scope="col">Odpowiedź i uzasadnienie</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>
</body></html>
`;
}
