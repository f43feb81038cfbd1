import { NotFoundError, type Store } from "@cwd/core";
import type { Hono } from "hono";
import * as z from "zod/mini";
import { AuditEntry, IssuedToken, TokenGrant, TokenInfo } from "../tokens/schemas.js";
import { issueToken, type TokenStore } from "../tokens/store.js";
import { requireTo } from "./auth.js";
import { jsonBody } from "./body.js";
import { documentRoute } from "./openapi.js";
import type { HandlerEnv } from "./routes.js";
import { PartnershipListQuery, pageSchema, validate } from "./schemas.js";

/** Registers the admin's token routes and each partnership's audit trail on `app` (under `/api`). */
export function addTokenRoutes(app: Hono<HandlerEnv>, store: Store, tokens: TokenStore): void {
  app.post(
    "/tokens",
    documentRoute({
      summary: "Make a token (the answer is the only time the token is shown)",
      auth: "token",
      needs: "an admin",
      ok: [201, "Made; keep `token`, it is not stored", IssuedToken],
      errors: [400, 403, 404, 413, 415],
    }),
    requireTo("manageTokens"),
    jsonBody(),
    validate("json", TokenGrant),
    async (c) => {
      const grant = c.req.valid("json");
      // A token for a partnership that does not exist would let its holder create it.
      if (grant.partnershipId !== undefined)
        await store.get("partnerships", { partnershipId: grant.partnershipId, id: grant.partnershipId });
      return c.json(await issueToken(tokens, grant), 201);
    },
  );

  app.get(
    "/tokens",
    documentRoute({
      summary: "List the tokens, revoked ones included (never a token nor its hash)",
      auth: "token",
      needs: "an admin",
      ok: [200, "Every token, oldest first", z.object({ items: z.array(TokenInfo) })],
      errors: [403],
    }),
    requireTo("manageTokens"),
    async (c) => c.json({ items: await tokens.list() }),
  );

  app.delete(
    "/tokens/:id",
    documentRoute({
      summary: "Revoke a token: refused from its next request on",
      auth: "token",
      needs: "an admin",
      params: ["id"],
      ok: [200, "Revoked (revoking again keeps the first time)", TokenInfo],
      errors: [403, 404],
    }),
    requireTo("manageTokens"),
    async (c) => {
      const id = c.req.param("id");
      const revoked = await tokens.revoke(id, new Date().toISOString());
      if (!revoked) throw new NotFoundError(`token ${id} not found`);
      return c.json(revoked);
    },
  );

  app.get(
    "/partnerships/:pid/audit",
    documentRoute({
      summary: "The audit trail of a partnership: who wrote which document, when",
      auth: "token",
      needs: "an editor of the partnership or an admin",
      params: ["pid"],
      ok: [200, "A page of writes, oldest first", pageSchema(AuditEntry)],
      errors: [400, 403],
    }),
    requireTo("readAudit"),
    validate("query", PartnershipListQuery),
    async (c) => c.json(await tokens.audit(c.req.param("pid"), c.req.valid("query"))),
  );
}
