import type { MiddlewareHandler } from "hono";
import { timingSafeEqual } from "hono/utils/buffer";
import { ApiError } from "./errors.js";

/** What the routes know about the caller. */
export interface AuthVariables {
  /** true when the request carries the configured admin token. */
  admin: boolean;
}

/**
 * Reads `Authorization: Bearer <token>` and sets `admin`. A request without the header is public;
 * one that presents a token must present the right one (401 otherwise), so a mistyped token is
 * reported instead of silently hiding drafts. With no token configured, no token is ever right.
 */
export function authenticate(
  adminToken: string | undefined,
): MiddlewareHandler<{ Variables: AuthVariables }> {
  const expected = adminToken ? adminToken : undefined;
  return async (c, next) => {
    const header = c.req.header("Authorization");
    if (header === undefined) {
      c.set("admin", false);
      return next();
    }
    const token = /^Bearer +(\S+) *$/i.exec(header)?.[1];
    if (token === undefined) throw new ApiError(401, "unauthorized", "use Authorization: Bearer <token>");
    // Both sides are hashed before comparing, so the time taken says nothing about the token.
    if (expected === undefined || !(await timingSafeEqual(token, expected))) {
      throw new ApiError(401, "unauthorized", "the token is not valid");
    }
    c.set("admin", true);
    return next();
  };
}

/** Lets only the admin through: every write other than the public submissions. */
export const requireAdmin: MiddlewareHandler<{ Variables: AuthVariables }> = async (c, next) => {
  if (!c.get("admin")) throw new ApiError(401, "unauthorized", "this needs an admin token");
  return next();
};
