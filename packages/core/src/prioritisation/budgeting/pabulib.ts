import * as z from "zod/mini";

/** The kinds of ballot a Pabulib file can hold (`vote_type` in META). */
export const PabulibVoteType = z.enum(["approval", "ordinal", "cumulative", "scoring", "choose-1"]);
export type PabulibVoteType = z.infer<typeof PabulibVoteType>;

/**
 * A project row (PROJECTS): its id (a string: `c1`, `124-A`), its cost in the currency's units, and the
 * file's other columns as written (`name`, `votes`, `selected`, `category`, …). Empty and `none` cells
 * are left out of `fields`.
 */
export const PabulibProject = z.object({
  id: z.string().check(z.minLength(1)),
  cost: z.number().check(z.nonnegative()),
  fields: z.record(z.string(), z.string()),
});
export type PabulibProject = z.infer<typeof PabulibProject>;

/**
 * A ballot row (VOTES): the voter's id, the project ids in the `vote` column in their order (for an
 * ordinal ballot, most preferred first), the `points` given to each when the file has that column, and
 * the other columns (`age`, `sex`, `voting_method`, …) as written.
 */
export const PabulibVote = z.object({
  voterId: z.string().check(z.minLength(1)),
  vote: z.array(z.string()),
  points: z.optional(z.array(z.number())),
  fields: z.record(z.string(), z.string()),
});
export type PabulibVote = z.infer<typeof PabulibVote>;

/**
 * A participatory-budgeting instance in the Pabulib format (pabulib.org/format): every META key as
 * written (standard and non-standard), the column order of PROJECTS and VOTES, the projects and the votes.
 */
export const PabulibInstance = z.object({
  meta: z.record(z.string(), z.string()),
  projectColumns: z.array(z.string()),
  voteColumns: z.array(z.string()),
  projects: z.array(PabulibProject),
  votes: z.array(PabulibVote),
});
export type PabulibInstance = z.infer<typeof PabulibInstance>;

/** Reads a Pabulib number: a decimal comma or point (`1200,50`), as pabutools accepts both. */
export function parsePabulibNumber(text: string): number | undefined {
  const normalised = text.trim().replace(",", ".");
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(normalised) ? Number(normalised) : undefined;
}
