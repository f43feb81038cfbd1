import * as z from "zod/mini";
import { DocumentId } from "../schema/common.js";

/** The roles a token may hold within one partnership (rola w partnerstwie). */
export const PartnershipRole = z.enum(["editor", "moderator", "assessor", "analyst"]);
export type PartnershipRole = z.infer<typeof PartnershipRole>;

/** Every role: the partnership roles and the server-wide `admin`. */
export const Role = z.enum(["admin", ...PartnershipRole.options]);
export type Role = z.infer<typeof Role>;

/** What a request may need permission for, beyond reading published data and submitting. */
export const Action = z.enum([
  "readDrafts",
  "writeDocuments",
  "readResponses",
  "readAudit",
  "createPartnerships",
  "manageTokens",
  "submitAssessments",
  "moderateComments",
  "answerComments",
]);
export type Action = z.infer<typeof Action>;

/**
 * The permission table. An editor writes the partnership's documents and reads what it writes; an
 * analyst reads raw responses (exports) and the drafts they belong to; a moderator publishes, hides
 * and restores comments, and an editor also gives the partnership's official answers; an assessor
 * (and an editor) submits assessments of projects.
 */
export const permissions: Readonly<Record<Role, readonly Action[]>> = {
  admin: Action.options,
  editor: [
    "readDrafts",
    "writeDocuments",
    "readResponses",
    "readAudit",
    "submitAssessments",
    "moderateComments",
    "answerComments",
  ],
  moderator: ["moderateComments"],
  assessor: ["submitAssessments"],
  analyst: ["readDrafts", "readResponses"],
};

/**
 * Whether a role may take an action, wherever it holds that role.
 *
 * @example
 * mayDo("analyst", "readResponses") // true
 * mayDo("analyst", "writeDocuments") // false
 */
export function mayDo(role: Role, action: Action): boolean {
  return permissions[role].includes(action);
}

/** Who is calling: the bootstrap admin or the holder of one token. */
export const Principal = z.object({
  role: Role,
  /** The partnership the role holds in; absent for an admin. */
  partnershipId: z.optional(DocumentId),
  /** The token's id; absent for the bootstrap admin. */
  tokenId: z.optional(z.string()),
  /** Who holds the token, as written when it was made (`UG Klukowo`). */
  label: z.string(),
});
export type Principal = z.infer<typeof Principal>;

/**
 * Whether a caller may take an action in one partnership: an admin anywhere, anyone else only in
 * the partnership their token is for.
 *
 * @example
 * permits({ role: "editor", partnershipId: "a", label: "UG" }, "writeDocuments", "a") // true
 * permits({ role: "editor", partnershipId: "a", label: "UG" }, "writeDocuments", "b") // false
 */
export function permits(principal: Principal, action: Action, partnershipId?: string): boolean {
  if (!mayDo(principal.role, action)) return false;
  return principal.role === "admin" || principal.partnershipId === partnershipId;
}
