/** One CSV line, `;`-separated as Polish spreadsheets expect, quoting what needs it. */
function csvLine(cells: readonly (string | number)[]): string {
  return cells
    .map((cell) => {
      const text = String(cell);
      return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(";");
}

/**
 * The ranking as a CSV text (CRLF, a BOM so that Excel reads UTF-8).
 *
 * @example
 * rankingCsv(["Miejsce", "Projekt"], [[1, "Świetlica"]]); // "\uFEFFMiejsce;Projekt\r\n1;Świetlica\r\n"
 */
export function rankingCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  return `\uFEFF${[header, ...rows].map(csvLine).join("\r\n")}\r\n`;
}
