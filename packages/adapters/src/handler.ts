import type { Store } from "@cwd/core";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { openAPIRouteHandler } from "hono-openapi";
import { authenticate } from "./handler/auth.js";
import { addCommentRoutes, type ClientAddress } from "./handler/comment-routes.js";
import { errorBody, errorResponse } from "./handler/errors.js";
import { documentation } from "./handler/openapi.js";
import { forwardedClient, limitPublicWrites, type PublicWriteLimit } from "./handler/rate-limit.js";
import { addResultsRoute } from "./handler/results-route.js";
import { addRoutes, type HandlerEnv } from "./handler/routes.js";
import { addTokenRoutes } from "./handler/token-routes.js";
import type { TokenStore } from "./tokens/store.js";

export interface HandlerOptions {
  /**
   * The token admins send as `Authorization: Bearer <token>`. Without one, every admin route
   * answers 401: a handler never serves an open database.
   */
  adminToken?: string;
  /**
   * Where tokens with roles and the audit trail are kept. With it, the token routes
   * (`/api/tokens`) and each partnership's audit trail are served and every write is recorded.
   */
  tokens?: TokenStore;
  /** Limits public submissions per client (429 past it); without it they are not limited. */
  publicWriteLimit?: PublicWriteLimit;
  /** Who a client is, to count one reader's reports on a comment once (else `publicWriteLimit`'s). */
  clientAddress?: ClientAddress;
}

/**
 * Serves a Store over HTTP under `/api`, with web-standard Request and Response, so it mounts in
 * Node, Deno, Bun or a worker. The returned Hono app has `fetch(request)`; the OpenAPI document is
 * at `GET /api/openapi.json`.
 *
 * @example
 * const handler = createHandler(createMemoryStore(), { adminToken: process.env.CWD_ADMIN_TOKEN });
 * const response = await handler.fetch(new Request("http://localhost/api/partnerships"));
 */
export function createHandler(store: Store, options: HandlerOptions = {}): Hono<HandlerEnv> {
  const app = new Hono<HandlerEnv>().basePath("/api");
  // Widgets are embedded on municipal sites on other origins: they read and submit, and the
  // moderation and editing widgets send a token the person typed in. No cookies are used, so no
  // credentials cross origins: a token travels only when a page's script attaches it on purpose.
  // A preflight is offered the methods its path really has: a public route's path has no PUT.
  // Retry-After tells a widget on another site how long to wait after a 429 or a 503.
  const exposeHeaders = ["ETag", "Retry-After"];
  const preflight = cors({
    origin: "*",
    allowMethods: (_origin, c) => methodsAt(app, c.req.path),
    allowHeaders: ["Content-Type", "Authorization", "If-Match"],
    exposeHeaders,
    maxAge: 86400,
  });
  // Hono's cors writes these before the route answers, which makes Hono copy every response into
  // a new one built over a web stream; written after, the response stays as the route made it.
  app.use(async (c, next) => {
    if (c.req.method === "OPTIONS") return preflight(c, next);
    await next();
    c.res.headers.set("Access-Control-Allow-Origin", "*");
    c.res.headers.set("Access-Control-Expose-Headers", exposeHeaders.join(","));
  });

  // Drafts and raw responses are shown to some tokens only: a shared cache must never hand a
  // token holder's answer to the public, and no cache at all should keep what a token was shown.
  app.use(async (c, next) => {
    await next();
    c.res.headers.append("Vary", "Authorization");
    if (c.req.header("Authorization") !== undefined) c.res.headers.set("Cache-Control", "no-store");
  });
  app.use(authenticate(options.adminToken, options.tokens));
  if (options.publicWriteLimit) app.use(limitPublicWrites(options.publicWriteLimit));
  // Comments have routes of their own (the honeypot, threads, moderation) that must answer before
  // the ones derived from the registry for the same paths.
  addCommentRoutes(
    app,
    store,
    options.tokens,
    options.clientAddress ?? options.publicWriteLimit?.clientAddress,
  );
  addRoutes(app, store, options.tokens);
  addResultsRoute(app, store);
  if (options.tokens) addTokenRoutes(app, store, options.tokens);
  app.get("/openapi.json", openAPIRouteHandler(app, documentation));
  app.notFound((c) => c.json(errorBody("not_found", `no route for ${c.req.method} ${c.req.path}`), 404));
  app.onError(errorResponse);
  return app;
}

/** The methods of the routes registered at a path (`:pid` and the like match any segment). */
function methodsAt(app: Hono<HandlerEnv>, path: string): string[] {
  const methods = app.routes
    .filter((route) => route.method !== "ALL" && routePattern(route.path).test(path))
    .map((route) => route.method);
  return [...new Set(methods.includes("GET") ? [...methods, "HEAD"] : methods)];
}

function routePattern(path: string): RegExp {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\/:[^/]+/g, "/[^/]+");
  return new RegExp(`^${escaped}/?$`);
}

export { describeUnexpected, logSafe } from "./handler/log.js";
export { createMemoryTokenStore } from "./tokens/memory.js";
export * from "./tokens/schemas.js";
export { hashToken, newTokenSecret, tokenPrefix } from "./tokens/secret.js";
export { type AuditQuery, issueToken, type TokenStore } from "./tokens/store.js";
export type { HandlerEnv, PublicWriteLimit };
export { forwardedClient };
