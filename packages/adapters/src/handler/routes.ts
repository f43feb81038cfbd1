import {
  type CollectionName,
  type DocumentOf,
  isStoreError,
  type KindName,
  kinds,
  Partnership,
  type Store,
  type Stored,
  scopeOf,
} from "@cwd/core";
import type { Context, Hono, MiddlewareHandler } from "hono";
import type { TokenStore } from "../tokens/store.js";
import { type AuthVariables, forbidden, requireTo } from "./auth.js";
import { jsonBody } from "./body.js";
import { addKindRoutes } from "./kind-routes.js";
import { documentRoute } from "./openapi.js";
import { Health, PartnershipListQuery, pageSchema, validate } from "./schemas.js";
import { etag, samePathAndBody, versionRead } from "./versions.js";

export type HandlerEnv = { Variables: AuthVariables };

const ifMatch = { name: "If-Match", description: 'The version read, as its ETag ("3"); absent to create' };

/**
 * Registers every route of the API on `app` (already under `/api`): the partnership's own, then
 * those of every other kind in the registry of kinds. With `tokens`, each document write is recorded
 * in the audit trail.
 */
export function addRoutes(app: Hono<HandlerEnv>, store: Store, tokens?: TokenStore): void {
  const save = saver(store, tokens);

  app.get(
    "/health",
    documentRoute({ summary: "Liveness check", auth: "public", ok: [200, "Alive", Health], errors: [] }),
    (c) => c.json({ ok: true as const }),
  );

  app.get(
    "/partnerships",
    documentRoute({
      summary: "List partnerships",
      auth: "public",
      ok: [200, "A page of partnerships", pageSchema(Partnership)],
      errors: [400],
    }),
    validate("query", PartnershipListQuery),
    async (c) => c.json(await store.list("partnerships", c.req.valid("query"))),
  );

  app.get(
    "/partnerships/:pid",
    documentRoute({
      summary: "A partnership with its members",
      auth: "public",
      params: ["pid"],
      ok: [200, "The partnership; ETag is its version", Partnership],
      errors: [404],
    }),
    async (c) => {
      const pid = c.req.param("pid");
      const partnership = await store.get("partnerships", { partnershipId: pid, id: pid });
      c.header("ETag", etag(partnership.version));
      return c.json(partnership);
    },
  );

  app.put(
    "/partnerships/:pid",
    documentRoute({
      summary: "Create or update a partnership",
      auth: "token",
      needs: "an admin to create; an editor of the partnership or an admin to update",
      params: ["pid"],
      headers: [ifMatch],
      ok: [201, "Created", Partnership],
      alsoOk: [200, "Updated"],
      errors: [400, 403, 409, 413, 415],
    }),
    requireTo("writeDocuments"),
    onlyAdminCreates(store),
    jsonBody(),
    validate("json", Partnership),
    async (c) => {
      const partnership = c.req.valid("json");
      samePathAndBody("id", c.req.param("pid"), partnership.id);
      return c.json(...(await save(c, "partnerships", partnership)));
    },
  );

  for (const name of Object.keys(kinds) as KindName[]) {
    if (name !== "partnerships") addKindRoutes(app, store, save, name);
  }
}

/**
 * Makes the function that writes a document over the version the caller read (If-Match or the
 * body's `version`), records the write in the audit trail when there is one, and gives the body and
 * status to answer with: 201 for a create, 200 for an update.
 */
function saver(store: Store, tokens: TokenStore | undefined) {
  return async <C extends CollectionName>(
    c: Context<HandlerEnv>,
    collection: C,
    document: DocumentOf<C>,
  ): Promise<[Stored<DocumentOf<C>>, 200 | 201, { ETag: string }]> => {
    const version = versionRead(c.req.header("If-Match"), document.version);
    const saved = await store.put(collection, { ...document, version });
    const principal = c.get("principal");
    if (tokens && principal) {
      await tokens.record({
        partnershipId: scopeOf(collection, saved),
        kind: collection,
        id: saved.id,
        version: saved.version,
        action: version === undefined ? "create" : "update",
        at: new Date().toISOString(),
        by: {
          label: principal.label,
          ...(principal.tokenId !== undefined && { tokenId: principal.tokenId }),
        },
      });
    }
    return [saved, version === undefined ? 201 : 200, { ETag: etag(saved.version) }];
  };
}

/**
 * Only an admin creates a partnership: any other writer must be updating one that exists. Checked
 * before the body is read, like every permission.
 */
function onlyAdminCreates(store: Store): MiddlewareHandler<HandlerEnv> {
  return async (c, next) => {
    const principal = c.get("principal");
    const pid = c.req.param("pid") as string;
    if (principal && principal.role !== "admin") {
      const exists = await store.get("partnerships", { partnershipId: pid, id: pid }).then(
        () => true,
        (error: unknown) => {
          if (isStoreError(error) && error.code === "not_found") return false;
          throw error;
        },
      );
      if (!exists) throw forbidden(principal, "createPartnerships", undefined);
    }
    return next();
  };
}
