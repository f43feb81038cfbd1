import { type Issue, ValidationError } from "../../store/errors.js";
import { csvRecords } from "./csv.js";
import {
  type PabulibInstance,
  type PabulibProject,
  type PabulibVote,
  PabulibVoteType,
  parsePabulibNumber,
} from "./pabulib.js";

const sections = ["meta", "projects", "votes"] as const;
type Section = (typeof sections)[number];

/**
 * Parses a Pabulib `.pb` file: sections META, PROJECTS and VOTES (titles in any case), each a header
 * line then `;`-separated rows with CSV quoting. Costs and the budget may use a decimal comma; a cell
 * `none` counts as empty. Throws a ValidationError whose issues name the line and the column.
 *
 * @example
 * const instance = parsePabulib(await readFile("Poland_Swiecie_2023.pb", "utf8"));
 * instance.meta.budget; // "1070000"
 */
export function parsePabulib(text: string): PabulibInstance {
  const instance: PabulibInstance = {
    meta: {},
    projectColumns: [],
    voteColumns: [],
    projects: [],
    votes: [],
  };
  const issues: Issue[] = [];
  const seen = new Set<Section>();
  const projectIds = new Set<string>();
  let section: Section | undefined;
  let header: Columns | undefined;
  for (const { line, fields } of csvRecords(text.replace(/^\uFEFF/, ""))) {
    if (fields.length === 1 && fields[0]!.trim() === "") continue;
    const title = (fields.length === 1 ? fields[0]!.trim().toLowerCase() : "") as Section;
    if (sections.includes(title)) {
      if (seen.has(title))
        issues.push({ path: `line ${line}`, message: `a second ${title.toUpperCase()} section` });
      seen.add(title);
      section = title;
      header = undefined;
      continue;
    }
    if (!section) {
      issues.push({ path: `line ${line}`, message: "comes before the META section" });
      continue;
    }
    if (!header) {
      const names = fields.map((name) => name.trim());
      header = { names, index: new Map(names.map((name, i) => [name, i])) };
      if (section === "meta" && (names[0] !== "key" || names[1] !== "value"))
        issues.push({ path: `line ${line}`, message: 'the META header must be "key;value"' });
      if (section === "projects") instance.projectColumns = names;
      if (section === "votes") instance.voteColumns = names;
      continue;
    }
    if (fields.length > header.names.length) {
      issues.push({
        path: `line ${line}`,
        message: `has ${fields.length} fields but the header names ${header.names.length} columns`,
      });
      continue;
    }
    const row: Row = { columns: header, fields };
    if (section === "meta") instance.meta[fields[0]!.trim()] = (fields[1] ?? "").trim();
    else if (section === "projects") {
      const id = cellUnder(row, "project_id")?.trim();
      if (id && projectIds.has(id))
        issues.push({ path: `line ${line}, project_id`, message: `project ${id} is listed twice` });
      if (id) projectIds.add(id);
      const project = projectOf(row, line, issues);
      if (project) instance.projects.push(project);
    } else {
      const vote = voteOf(row, line, projectIds, issues);
      if (vote) instance.votes.push(vote);
    }
  }
  for (const name of sections)
    if (!seen.has(name)) issues.push({ path: name.toUpperCase(), message: "the section is missing" });
  checkMeta(instance.meta, issues);
  if (issues.length > 0) throw new ValidationError(issues);
  return instance;
}

/** A section's header: the column names, and where each is. */
interface Columns {
  names: string[];
  index: Map<string, number>;
}

/** A data line, read through its section's header (no Map per line: Wrocław 2017 has 62,529). */
interface Row {
  columns: Columns;
  fields: string[];
}

/** The cell under `column`, or undefined when it is missing, empty or `none` (pabutools' missing value). */
function cellUnder(row: Row, column: string): string | undefined {
  const i = row.columns.index.get(column);
  return i === undefined ? undefined : cell(row.fields[i]);
}

function cell(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  if (trimmed === undefined || trimmed === "") return undefined;
  return trimmed.length === 4 && trimmed.toLowerCase() === "none" ? undefined : text;
}

function otherFields(row: Row, typed: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  row.columns.names.forEach((column, i) => {
    const value = cell(row.fields[i]);
    if (value !== undefined && !typed.includes(column)) fields[column] = value;
  });
  return fields;
}

function projectOf(row: Row, line: number, issues: Issue[]): PabulibProject | undefined {
  const id = cellUnder(row, "project_id")?.trim();
  const costText = cellUnder(row, "cost");
  const cost = costText === undefined ? undefined : parsePabulibNumber(costText);
  if (!id) issues.push({ path: `line ${line}, project_id`, message: "is required" });
  if (cost === undefined || cost < 0)
    issues.push({
      path: `line ${line}, cost`,
      message: costText === undefined ? "is required" : `must be a non-negative number, got "${costText}"`,
    });
  if (!id || cost === undefined || cost < 0) return undefined;
  return { id, cost, fields: otherFields(row, ["project_id", "cost"]) };
}

function voteOf(
  row: Row,
  line: number,
  projectIds: ReadonlySet<string>,
  issues: Issue[],
): PabulibVote | undefined {
  const voterId = cellUnder(row, "voter_id")?.trim();
  if (!voterId) {
    issues.push({ path: `line ${line}, voter_id`, message: "is required" });
    return undefined;
  }
  const vote = splitList(cellUnder(row, "vote"));
  const before = issues.length;
  const unknown = vote.find((id) => !projectIds.has(id));
  if (unknown !== undefined)
    issues.push({
      path: `line ${line}, vote`,
      message: `names project "${unknown}", which PROJECTS does not list`,
    });
  if (vote.some((id, i) => vote.indexOf(id) !== i))
    issues.push({ path: `line ${line}, vote`, message: "names a project twice" });
  const result: PabulibVote = { voterId, vote, fields: otherFields(row, ["voter_id", "vote", "points"]) };
  if (row.columns.index.has("points")) {
    const texts = splitList(cellUnder(row, "points"));
    const points = texts.map(parsePabulibNumber);
    if (points.some((p) => p === undefined) || points.length !== vote.length)
      issues.push({
        path: `line ${line}, points`,
        message: `must be ${vote.length} number${vote.length === 1 ? "" : "s"}, one per project in vote, got "${texts.join(",")}"`,
      });
    else result.points = points as number[];
  }
  return issues.length === before ? result : undefined;
}

function splitList(text: string | undefined): string[] {
  const items: string[] = [];
  for (const item of text?.split(",") ?? []) {
    const trimmed = item.trim();
    if (trimmed !== "") items.push(trimmed);
  }
  return items;
}

function checkMeta(meta: Record<string, string>, issues: Issue[]): void {
  const budget = meta.budget === undefined ? undefined : parsePabulibNumber(meta.budget);
  if (budget === undefined || budget < 0)
    issues.push({
      path: "META, budget",
      message:
        meta.budget === undefined ? "is required" : `must be a non-negative number, got "${meta.budget}"`,
    });
  if (!PabulibVoteType.safeParse(meta.vote_type).success)
    issues.push({
      path: "META, vote_type",
      message:
        meta.vote_type === undefined
          ? "is required"
          : `must be one of ${PabulibVoteType.options.join(", ")}, got "${meta.vote_type}"`,
    });
}
