import { type Action, type Principal, permits } from "@cwd/core";
import type { MiddlewareHandler } from "hono";
import { timingSafeEqual } from "hono/utils/buffer";
import { hashToken } from "../tokens/secret.js";
import type { TokenStore } from "../tokens/store.js";
import { ApiError } from "./errors.js";

/** What the routes know about the caller: undefined for the public. */
export interface AuthVariables {
  principal: Principal | undefined;
}

/** Who CWD_ADMIN_TOKEN is, in the audit trail and in messages. */
export const bootstrapAdmin: Principal = { role: "admin", label: "bootstrap admin" };

/**
 * Reads `Authorization: Bearer <token>` and sets `principal`. A request without the header is
 * public; one that presents a token must present a valid one (401 otherwise, saying whether it is
 * unknown, revoked or expired), so a mistyped token is reported instead of silently hiding drafts.
 * Tokens are looked up by hash on every request: a revocation holds from the next one.
 */
export function authenticate(
  adminToken: string | undefined,
  tokens: TokenStore | undefined,
): MiddlewareHandler<{ Variables: AuthVariables }> {
  const expected = adminToken ? adminToken : undefined;
  return async (c, next) => {
    const header = c.req.header("Authorization");
    if (header === undefined) {
      c.set("principal", undefined);
      return next();
    }
    const token = /^Bearer +(\S+) *$/i.exec(header)?.[1];
    if (token === undefined) throw new ApiError(401, "unauthorized", "use Authorization: Bearer <token>");
    // Both sides are hashed before comparing, so the time taken says nothing about the token.
    if (expected !== undefined && (await timingSafeEqual(token, expected))) {
      c.set("principal", bootstrapAdmin);
      return next();
    }
    c.set("principal", await tokenHolder(tokens, token));
    return next();
  };
}

async function tokenHolder(tokens: TokenStore | undefined, token: string): Promise<Principal> {
  const found = tokens && (await tokens.findByHash(await hashToken(token)));
  if (!found) throw new ApiError(401, "unauthorized", "the token is not valid");
  const name = `the token "${found.label}" (${found.id})`;
  if (found.revokedAt !== undefined) throw new ApiError(401, "unauthorized", `${name} was revoked`);
  if (found.expiresAt !== undefined && new Date(found.expiresAt) <= new Date()) {
    throw new ApiError(401, "unauthorized", `${name} expired at ${found.expiresAt}`);
  }
  return {
    role: found.role,
    ...(found.partnershipId !== undefined && { partnershipId: found.partnershipId }),
    tokenId: found.id,
    label: found.label,
  };
}

const actionWords: Record<Action, string> = {
  readDrafts: "read drafts",
  writeDocuments: "write documents",
  readResponses: "read raw responses",
  readAudit: "read the audit trail",
  createPartnerships: "create partnerships",
  manageTokens: "manage tokens",
  submitAssessments: "submit assessments",
  moderateComments: "moderate comments",
  answerComments: "answer comments",
};

/**
 * Lets through callers whose role permits `action` in the partnership of the path (`:pid`): 401
 * without a token, 403 naming the token's role and partnership when it does not reach this far.
 */
export function requireTo(action: Action): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    const principal = c.get("principal");
    if (!principal)
      throw new ApiError(
        401,
        "unauthorized",
        `to ${actionWords[action]}, send an admin token or a token whose role may`,
      );
    const pid = c.req.param("pid");
    if (!permits(principal, action, pid)) throw forbidden(principal, action, pid);
    return next();
  };
}

/** The 403 for a caller who may not take `action`: names its role and partnership, never the token. */
export function forbidden(principal: Principal, action: Action, pid: string | undefined): ApiError {
  const holder = principal.partnershipId
    ? `${principal.role} of partnership ${principal.partnershipId}`
    : principal.role;
  const where = pid === undefined ? "" : ` in partnership ${pid}`;
  return new ApiError(
    403,
    "forbidden",
    `the token "${principal.label}" (${holder}) may not ${actionWords[action]}${where}`,
  );
}

/** Whether the caller may see more than the public here (drafts, raw responses). */
export function allowed(principal: Principal | undefined, action: Action, pid: string): boolean {
  return principal !== undefined && permits(principal, action, pid);
}
