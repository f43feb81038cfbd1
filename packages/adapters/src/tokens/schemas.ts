import { DocumentId, Instant, PartnershipRole, Role, wellFormedText } from "@cwd/core";
import * as z from "zod/mini";

/** Who a token is for, in words an admin recognises later in `cwd token list` (`UG Klukowo`). */
const Label = z.string().check(z.trim(), z.minLength(1, "is required"), z.maxLength(100), wellFormedText);

/**
 * What an admin asks for when making a token: an admin token belongs to no partnership, every other
 * role holds in exactly one.
 */
export const TokenGrant = z
  .object({
    label: Label,
    role: Role,
    partnershipId: z.optional(DocumentId),
    expiresAt: z.optional(Instant),
  })
  .check(
    z.refine((grant) => grant.role !== "admin" || grant.partnershipId === undefined, {
      message: "an admin token holds in every partnership: leave partnershipId out",
      path: ["partnershipId"],
    }),
    z.refine((grant) => grant.role === "admin" || grant.partnershipId !== undefined, {
      message: `is required for the roles ${PartnershipRole.options.join(", ")}`,
      path: ["partnershipId"],
    }),
  );
export type TokenGrant = z.infer<typeof TokenGrant>;

/** A token as listed: never its secret, never its hash. Times are ISO instants in UTC. */
export const TokenInfo = z.object({
  id: z.string(),
  label: z.string(),
  role: Role,
  partnershipId: z.optional(DocumentId),
  createdAt: Instant,
  expiresAt: z.optional(Instant),
  revokedAt: z.optional(Instant),
});
export type TokenInfo = z.infer<typeof TokenInfo>;

/** A token as kept: its SHA-256 hash stands in for the secret, which is shown once and forgotten. */
export const StoredToken = z.extend(TokenInfo, { hash: z.string() });
export type StoredToken = z.infer<typeof StoredToken>;

/** A new token, answered once: `token` is the secret the holder sends as `Bearer <token>`. */
export const IssuedToken = z.extend(TokenInfo, { token: z.string() });
export type IssuedToken = z.infer<typeof IssuedToken>;

/** One document write in a partnership's audit trail (dziennik zmian): who, what, when. */
export const AuditEntry = z.object({
  partnershipId: DocumentId,
  /** The collection written (`partnerships`, `surveys`). */
  kind: z.string(),
  id: DocumentId,
  version: z.int(),
  action: z.enum(["create", "update"]),
  at: Instant,
  /** The token's label and id; `bootstrap admin` and no id for CWD_ADMIN_TOKEN. */
  by: z.object({ label: z.string(), tokenId: z.optional(z.string()) }),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
