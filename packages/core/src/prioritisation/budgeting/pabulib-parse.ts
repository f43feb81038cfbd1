import { type Issue, ValidationError } from "../../store/errors.js";
import { readCsv } from "./csv.js";
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
  let header: string[] | undefined;
  for (const { line, fields } of readCsv(text.replace(/^\uFEFF/, ""))) {
    if (fields.length === 1 && fields[0]!.trim() === "") continue;
    const title = fields[0]!.trim().toLowerCase() as Section;
    if (fields.length === 1 && sections.includes(title)) {
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
      header = fields.map((name) => name.trim());
      if (section === "meta" && (header[0] !== "key" || header[1] !== "value"))
        issues.push({ path: `line ${line}`, message: 'the META header must be "key;value"' });
      if (section === "projects") instance.projectColumns = header;
      if (section === "votes") instance.voteColumns = header;
      continue;
    }
    if (fields.length > header.length) {
      issues.push({
        path: `line ${line}`,
        message: `has ${fields.length} fields but the header names ${header.length} columns`,
      });
      continue;
    }
    const row = new Map(header.map((column, i) => [column, cell(fields[i])]));
    if (section === "meta") instance.meta[fields[0]!.trim()] = (fields[1] ?? "").trim();
    else if (section === "projects") {
      const id = row.get("project_id")?.trim();
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

/** A cell's text, or undefined when it is empty or `none` (pabutools' convention for a missing value). */
function cell(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === "" || trimmed.toLowerCase() === "none" ? undefined : text;
}

function otherFields(row: Map<string, string | undefined>, typed: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [column, value] of row)
    if (value !== undefined && !typed.includes(column)) fields[column] = value;
  return fields;
}

function projectOf(
  row: Map<string, string | undefined>,
  line: number,
  issues: Issue[],
): PabulibProject | undefined {
  const id = row.get("project_id")?.trim();
  const costText = row.get("cost");
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
  row: Map<string, string | undefined>,
  line: number,
  projectIds: ReadonlySet<string>,
  issues: Issue[],
): PabulibVote | undefined {
  const voterId = row.get("voter_id")?.trim();
  if (!voterId) {
    issues.push({ path: `line ${line}, voter_id`, message: "is required" });
    return undefined;
  }
  const vote = splitList(row.get("vote"));
  const before = issues.length;
  const unknown = vote.find((id) => !projectIds.has(id));
  if (unknown !== undefined)
    issues.push({
      path: `line ${line}, vote`,
      message: `names project "${unknown}", which PROJECTS does not list`,
    });
  if (new Set(vote).size !== vote.length)
    issues.push({ path: `line ${line}, vote`, message: "names a project twice" });
  const result: PabulibVote = { voterId, vote, fields: otherFields(row, ["voter_id", "vote", "points"]) };
  if (row.has("points")) {
    const texts = splitList(row.get("points"));
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
  return text === undefined
    ? []
    : text
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== "");
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
