import { formatCsvRecord } from "./csv.js";
import type { PabulibInstance } from "./pabulib.js";

/**
 * Writes a Pabulib `.pb` file: META, PROJECTS and VOTES with CRLF line endings (as pabulib.org serves
 * them), quoting only the fields that need it. `parsePabulib(writePabulib(x))` deep-equals `x` for a
 * parsed instance; a file with minimal quoting, no `none` cells and costs without a decimal comma is
 * written back byte for byte (the nine files in test/data/pabulib are).
 *
 * @example
 * await writeFile("copy.pb", writePabulib(parsePabulib(text)));
 */
export function writePabulib(instance: PabulibInstance): string {
  const lines = ["META", "key;value"];
  for (const [key, value] of Object.entries(instance.meta)) lines.push(formatCsvRecord([key, value]));
  lines.push("PROJECTS", formatCsvRecord(instance.projectColumns));
  for (const project of instance.projects)
    lines.push(
      formatCsvRecord(
        instance.projectColumns.map((column) =>
          column === "project_id"
            ? project.id
            : column === "cost"
              ? String(project.cost)
              : (project.fields[column] ?? ""),
        ),
      ),
    );
  lines.push("VOTES", formatCsvRecord(instance.voteColumns));
  for (const vote of instance.votes)
    lines.push(
      formatCsvRecord(
        instance.voteColumns.map((column) =>
          column === "voter_id"
            ? vote.voterId
            : column === "vote"
              ? vote.vote.join(",")
              : column === "points"
                ? (vote.points?.join(",") ?? "")
                : (vote.fields[column] ?? ""),
        ),
      ),
    );
  return `${lines.join("\r\n")}\r\n`;
}
