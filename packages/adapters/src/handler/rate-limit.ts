import type { MiddlewareHandler } from "hono";
import type { AuthVariables } from "./auth.js";
import { ApiError } from "./errors.js";

export interface PublicWriteLimit {
  /** Public submissions one client may make in a minute; a caller with a token is never limited. */
  perMinute: number;
  /**
   * Who the client is, usually its IP address. The handler runs on any runtime and a web-standard
   * Request carries no address, so the host says how to find it (`env` is what it passed to fetch).
   */
  clientAddress: (request: Request, env: unknown) => string | undefined;
}

/** Enough distinct clients to cover a busy minute; past it the oldest windows are forgotten. */
const maxClients = 10_000;

/**
 * Limits public writes (POST) per client in fixed one-minute windows and answers 429 with
 * Retry-After past the limit. Kept in memory: each server counts its own clients.
 */
export function limitPublicWrites(limit: PublicWriteLimit): MiddlewareHandler<{ Variables: AuthVariables }> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    // The limit holds off anonymous floods; a token holder is known and accountable (an editor
    // importing a school's paper responses sends hundreds at once).
    if (c.req.method !== "POST" || c.get("principal") !== undefined) return next();
    const client = limit.clientAddress(c.req.raw, c.env) ?? "unknown";
    const now = Date.now();
    let window = windows.get(client);
    if (!window || now - window.start >= 60_000) {
      windows.delete(client);
      if (windows.size >= maxClients) windows.delete(windows.keys().next().value as string);
      window = { start: now, count: 0 };
      windows.set(client, window);
    }
    window.count += 1;
    if (window.count > limit.perMinute) {
      c.header("Retry-After", String(Math.ceil((window.start + 60_000 - now) / 1000)));
      throw new ApiError(
        429,
        "rate_limited",
        `at most ${limit.perMinute} submissions a minute; try again shortly`,
      );
    }
    return next();
  };
}

/**
 * The client's address behind `proxies` trusted reverse proxies: each proxy appends the address it
 * received the request from to X-Forwarded-For, so the client is the entry that many places from the
 * right. Entries further left were written by the client itself and prove nothing; trusting the
 * leftmost one would let anyone pick a fresh address per request. Undefined when the header has fewer
 * entries than there are proxies (the request did not come through them).
 *
 * @example
 * forwardedClient("6.6.6.6, 203.0.113.7", 1) // "203.0.113.7"
 */
export function forwardedClient(header: string | null | undefined, proxies: number): string | undefined {
  if (!header || proxies < 1) return undefined;
  const entries = header.split(",").map((entry) => entry.trim());
  const client = entries[entries.length - proxies];
  return client ? client : undefined;
}
