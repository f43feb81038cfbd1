import type { IncomingMessage } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname } from "node:path";
import {
  createHandler,
  describeUnexpected,
  forwardedClient,
  logSafe,
  type TokenStore,
} from "@cwd/adapters/handler";
import type { Store } from "@cwd/core";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono } from "hono";
import { etag } from "hono/etag";
import { secureHeaders } from "hono/secure-headers";
import type { Config } from "./config.js";
import { adminModerationPage } from "./portal/admin-moderation-page.js";
import { consultationsPage } from "./portal/consultations-page.js";
import { portalIcon } from "./portal/icon.js";
import { portalPage, portalStyles } from "./portal/page.js";
import { planPage } from "./portal/plan-page.js";
import { projectsPage } from "./portal/projects.js";
import { strategyPages } from "./portal/strategy.js";
import { surveyPages } from "./portal/surveys.js";
import { demoPartnershipId } from "./seed.js";

/**
 * The folder `@cwd/widgets` builds for script tags: cwd-loader.js, one module per element, their
 * shared chunks (named by content hash, under chunks/) and the self-contained cwd-widgets.js, each
 * with .br and .gz copies compressed at build time.
 */
function widgetsFolder(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve("@cwd/widgets/cwd-loader.js"));
  } catch {
    return undefined;
  }
}

export interface ServerOptions {
  log?: (line: string) => void;
  /** Tokens with roles and the audit trail; without them only CWD_ADMIN_TOKEN is accepted. */
  tokens?: TokenStore;
}

/**
 * Serves the widgets folder under /widgets/ to any origin (a municipal site embeds them from ours).
 * Hashed chunks never change, so they are cached for ever; the loader, the element modules and
 * cwd-widgets.js keep their names across releases, so browsers check them again after 5 minutes,
 * which the strong ETag (of the bytes sent, so one per encoding) turns into a 304. Compression uses
 * the precompressed files: brotli at its best level once per build, rather than Hono's `compress`,
 * which would gzip on every request and cannot do brotli on Node 20.
 */
function serveWidgets(app: Hono): void {
  const root = widgetsFolder();
  app.use("/widgets/*", async (c, next) => {
    await next();
    c.header("Access-Control-Allow-Origin", "*");
    if (c.res.status === 200 || c.res.status === 304) {
      const hashed = c.req.path.startsWith("/widgets/chunks/");
      c.header("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "public, max-age=300");
    }
  });
  if (!root) {
    app.get("/widgets/*", (c) => c.text("The widgets are not built: run `npm run build` first.", 503));
    return;
  }
  app.use("/widgets/*", etag());
  app.get(
    "/widgets/*",
    serveStatic({
      root,
      precompressed: true,
      rewriteRequestPath: (path) => path.slice("/widgets".length),
    }),
  );
}

/**
 * Composes the HTTP API, the widget bundle and the demo portal into one web-standard app.
 * Kept apart from `startServer` so tests can call `app.fetch` without a socket.
 */
export function createApp(
  store: Store,
  config: Pick<Config, "adminToken" | "publicWritesPerMinute" | "trustedProxies">,
  options: ServerOptions = {},
): Hono {
  const api = createHandler(store, {
    adminToken: config.adminToken,
    tokens: options.tokens,
    clientAddress: clientAddress(config.trustedProxies),
    publicWriteLimit:
      config.publicWritesPerMinute > 0
        ? { perMinute: config.publicWritesPerMinute, clientAddress: clientAddress(config.trustedProxies) }
        : undefined,
  });
  const app = new Hono();

  app.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    // No client address in the log: residents are told their answers are kept without their IP.
    // The path is logged as sent (percent-encoded) and escaped, so it cannot forge a log line.
    options.log?.(
      `${logSafe(`${c.req.method} ${new URL(c.req.url).pathname}`)} ${c.res.status} ${Math.round(performance.now() - started)}ms`,
    );
  });
  // Hono's defaults (nosniff, no framing, a strict referrer policy …), except that the widgets and
  // the API are meant to be used from other sites, so their resources may be read cross-origin.
  app.use(
    "*",
    secureHeaders({
      crossOriginResourcePolicy: "cross-origin",
      crossOriginEmbedderPolicy: false,
      xFrameOptions: "DENY",
      referrerPolicy: "strict-origin-when-cross-origin",
    }),
  );
  // The Node server's env (its socket) goes along, so the API can tell clients apart.
  app.all("/api", (c) => api.fetch(c.req.raw, c.env));
  app.all("/api/*", (c) => api.fetch(c.req.raw, c.env));

  serveWidgets(app);
  app.get("/portal.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    return c.body(portalStyles);
  });
  app.get("/favicon.svg", (c) => {
    c.header("Content-Type", "image/svg+xml");
    c.header("Cache-Control", "public, max-age=86400");
    return c.body(portalIcon);
  });
  // Pages without our <link rel="icon"> (the API's JSON opened in a browser) ask for /favicon.ico.
  app.get("/favicon.ico", (c) => c.redirect("/favicon.svg", 301));
  const portal = (lang: "pl" | "en") => async (c: Context) => {
    c.header("Cache-Control", "no-cache");
    const partnership = await store
      .get("partnerships", { partnershipId: demoPartnershipId, id: demoPartnershipId })
      .catch(() => undefined);
    return c.html(portalPage({ lang, partnership }));
  };
  app.get("/", portalHeaders, portal("pl"));
  app.get("/en", portalHeaders, portal("en"));
  app.get("/projekty", portalHeaders, async (c) => c.html(await projectsPage(store, demoPartnershipId)));
  app.get("/konsultacje", portalHeaders, (c) => c.html(consultationsPage(demoPartnershipId)));
  app.get("/admin/moderacja", portalHeaders, (c) =>
    c.html(adminModerationPage(demoPartnershipId), 200, { "X-Robots-Tag": "noindex, nofollow" }),
  );
  app.get("/plan", portalHeaders, (c) => c.html(planPage("pl")));
  app.get("/en/plan", portalHeaders, (c) => c.html(planPage("en")));
  strategyPages(app, store, portalHeaders);
  surveyPages(app, store, demoPartnershipId, portalHeaders);
  app.notFound((c) => c.text("Nie znaleziono strony / Page not found", 404));
  app.onError((error, c) => {
    console.error(
      `cwd serve: internal error on ${logSafe(c.req.method)} ${logSafe(new URL(c.req.url).pathname)}: ${describeUnexpected(error)}`,
    );
    return c.text("Internal error", 500);
  });
  return app;
}

/**
 * The portal's page runs only our own scripts and styles (no inline script; Lit's styles are adopted
 * stylesheets, which style-src does not govern) and may not be framed by another site.
 */
const portalHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", "data:"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: "DENY",
  crossOriginEmbedderPolicy: false,
});

/**
 * The client's address: the socket's, or behind trusted proxies the X-Forwarded-For entry the
 * nearest proxy wrote about its own peer (the client can forge entries further left).
 */
function clientAddress(trustedProxies: number) {
  return (request: Request, env: unknown): string | undefined =>
    forwardedClient(request.headers.get("X-Forwarded-For"), trustedProxies) ??
    (env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket.remoteAddress;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on the configured host and port (0 picks a free one) and serves `createApp`. */
export async function startServer(
  store: Store,
  config: Config,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const app = createApp(store, config, options);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: config.port, hostname: config.host },
      (info: AddressInfo) => {
        const host = info.address.includes(":") ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host === "127.0.0.1" || host === "[::1]" ? "localhost" : host}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              // Keep-alive sockets of browsers would otherwise hold the server open.
              if ("closeAllConnections" in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once("error", reject);
  });
}
