import { type Page, parse, ValidationError } from "@cwd/core";
import {
  type AuditEntry,
  type IssuedToken,
  type StoredToken,
  TokenGrant,
  type TokenInfo,
} from "./schemas.js";
import { hashToken, newTokenSecret } from "./secret.js";

/** A page of the audit trail: `cursor` from the previous page, `limit` up to the usual maximum. */
export interface AuditQuery {
  cursor?: string;
  limit?: number;
}

/**
 * Where tokens and the audit trail are kept, beside a Store. Kept apart from the Store contract:
 * widgets and browser adapters never see who may write.
 */
export interface TokenStore {
  /** Keeps a new token, already hashed. */
  insert(token: StoredToken): Promise<void>;
  /** The token with this hash, revoked and expired ones included, so the caller can say which it is. */
  findByHash(hash: string): Promise<StoredToken | undefined>;
  /** Every token, oldest first, without hashes. */
  list(): Promise<TokenInfo[]>;
  /** Marks a token revoked from `at` on (a second revocation keeps the first time); undefined when unknown. */
  revoke(id: string, at: string): Promise<TokenInfo | undefined>;
  /** Adds one write to its partnership's audit trail. */
  record(entry: AuditEntry): Promise<void>;
  /** A page of one partnership's audit trail, oldest first. */
  audit(partnershipId: string, query: AuditQuery): Promise<Page<AuditEntry>>;
}

/**
 * Makes a token from an admin's request (parsed here, so bad input names its field) and keeps only
 * its hash. The returned `token` is the one and only time the secret exists outside its holder.
 *
 * @example
 * const { token, id } = await issueToken(tokens, { label: "UG Klukowo", role: "editor", partnershipId: "ziemia" });
 */
export async function issueToken(tokens: TokenStore, input: unknown, now = new Date()): Promise<IssuedToken> {
  const grant = parse(TokenGrant, input);
  const expiresAt = grant.expiresAt === undefined ? undefined : new Date(grant.expiresAt);
  if (expiresAt && expiresAt <= now) {
    throw new ValidationError([{ path: "expiresAt", message: "must be in the future" }]);
  }
  const token = newTokenSecret();
  const info: TokenInfo = {
    id: crypto.randomUUID(),
    label: grant.label,
    role: grant.role,
    ...(grant.partnershipId !== undefined && { partnershipId: grant.partnershipId }),
    createdAt: now.toISOString(),
    ...(expiresAt && { expiresAt: expiresAt.toISOString() }),
  };
  await tokens.insert({ ...info, hash: await hashToken(token) });
  return { ...info, token };
}

/** A stored token without its hash. */
export function withoutHash({ hash: _hash, ...info }: StoredToken): TokenInfo {
  return info;
}
