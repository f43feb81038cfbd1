import {
  type CollectionName,
  type DocumentOf,
  defaultPageSize,
  encodeCursor,
  isStoreError,
  type ListQuery,
  NotFoundError,
  type Page,
  Partnership,
  type Store,
  type Stored,
  Survey,
  SurveyResponse,
  scopeOf,
} from "@cwd/core";
import type { Context, Hono, MiddlewareHandler } from "hono";
import type { TokenStore } from "../tokens/store.js";
import { type AuthVariables, allowed, forbidden, requireTo } from "./auth.js";
import { jsonBody } from "./body.js";
import { documentRoute } from "./openapi.js";
import {
  Health,
  PartnershipListQuery,
  pageSchema,
  ResponseListQuery,
  SurveyListQuery,
  validate,
} from "./schemas.js";
import { etag, samePathAndBody, versionRead } from "./versions.js";

export type HandlerEnv = { Variables: AuthVariables };

const ifMatch = { name: "If-Match", description: 'The version read, as its ETag ("3"); absent to create' };

/**
 * Registers every route of the API on `app` (already under `/api`). With `tokens`, each document
 * write is recorded in the audit trail.
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

  app.get(
    "/partnerships/:pid/surveys",
    documentRoute({
      summary: "List the surveys of a partnership (drafts only for its editors, analysts and admins)",
      auth: "optional",
      params: ["pid"],
      ok: [200, "A page of surveys", pageSchema(Survey)],
      errors: [400],
    }),
    validate("query", SurveyListQuery),
    async (c) => {
      const { cursor, limit, audience, status } = c.req.valid("query");
      const filter = definedOnly({ audience, status });
      const query = { partnershipId: c.req.param("pid"), cursor, limit, filter };
      if (allowed(c.get("principal"), "readDrafts", query.partnershipId))
        return c.json(await store.list("surveys", query));
      if (status === "draft") return c.json({ items: [] });
      return c.json(await publishedPage((q) => store.list("surveys", q), query));
    },
  );

  app.get(
    "/partnerships/:pid/surveys/:sid",
    documentRoute({
      summary: "A survey definition (a draft only for its editors, analysts and admins)",
      auth: "optional",
      params: ["pid", "sid"],
      ok: [200, "The survey; ETag is its version", Survey],
      errors: [404],
    }),
    async (c) => {
      const pid = c.req.param("pid");
      const sid = c.req.param("sid");
      const survey = await store.get("surveys", { partnershipId: pid, id: sid });
      if (survey.status === "draft" && !allowed(c.get("principal"), "readDrafts", pid))
        throw new NotFoundError(`surveys ${sid} not found`);
      c.header("ETag", etag(survey.version));
      return c.json(survey);
    },
  );

  app.put(
    "/partnerships/:pid/surveys/:sid",
    documentRoute({
      summary: "Create or update a survey",
      auth: "token",
      needs: "an editor of the partnership or an admin",
      params: ["pid", "sid"],
      headers: [ifMatch],
      ok: [201, "Created", Survey],
      alsoOk: [200, "Updated"],
      errors: [400, 403, 404, 409, 413, 415],
    }),
    requireTo("writeDocuments"),
    jsonBody(),
    validate("json", Survey),
    async (c) => {
      const survey = c.req.valid("json");
      samePathAndBody("partnershipId", c.req.param("pid"), survey.partnershipId);
      samePathAndBody("id", c.req.param("sid"), survey.id);
      return c.json(...(await save(c, "surveys", survey)));
    },
  );

  app.post(
    "/partnerships/:pid/surveys/:sid/responses",
    documentRoute({
      summary: "Submit a response (public; a retry with the same id is stored once)",
      auth: "public",
      params: ["pid", "sid"],
      ok: [201, "Stored", SurveyResponse],
      alsoOk: [200, "Stored before: this was a retry"],
      errors: [400, 403, 404, 409, 413, 415, 429],
    }),
    jsonBody(),
    validate("json", SurveyResponse),
    async (c) => {
      const response = c.req.valid("json");
      samePathAndBody("partnershipId", c.req.param("pid"), response.partnershipId);
      samePathAndBody("surveyId", c.req.param("sid"), response.surveyId);
      if (!allowed(c.get("principal"), "readDrafts", response.partnershipId)) {
        // A draft is not public: answer as if it did not exist rather than "draft, takes no responses".
        const key = { partnershipId: response.partnershipId, id: response.surveyId };
        const survey = await store.get("surveys", key);
        if (survey.status === "draft") throw new NotFoundError(`surveys ${survey.id} not found`);
      }
      const { submission, created } = await store.submit("responses", response);
      return c.json(submission, created ? 201 : 200);
    },
  );

  app.get(
    "/partnerships/:pid/surveys/:sid/responses",
    documentRoute({
      summary: "List the responses to a survey (raw responses are not public)",
      auth: "token",
      needs: "an analyst or editor of the partnership, or an admin",
      params: ["pid", "sid"],
      ok: [200, "A page of responses", pageSchema(SurveyResponse)],
      errors: [400, 403],
    }),
    requireTo("readResponses"),
    validate("query", PartnershipListQuery),
    async (c) => {
      const { cursor, limit } = c.req.valid("query");
      const filter = { surveyId: c.req.param("sid") };
      const query = { partnershipId: c.req.param("pid"), filter, cursor, limit };
      return c.json(await store.listSubmissions("responses", query));
    },
  );

  app.get(
    "/partnerships/:pid/responses",
    documentRoute({
      summary: "List the responses of a partnership, optionally of one survey (for exports)",
      auth: "token",
      needs: "an analyst or editor of the partnership, or an admin",
      params: ["pid"],
      ok: [200, "A page of responses", pageSchema(SurveyResponse)],
      errors: [400, 403],
    }),
    requireTo("readResponses"),
    validate("query", ResponseListQuery),
    async (c) => {
      const { cursor, limit, surveyId } = c.req.valid("query");
      const query = { partnershipId: c.req.param("pid"), filter: definedOnly({ surveyId }), cursor, limit };
      return c.json(await store.listSubmissions("responses", query));
    },
  );
}

type SurveyQuery = ListQuery<"surveys">;

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

/** Stores reject a filter field whose value is not a text, so absent query values are left out. */
function definedOnly<T extends Record<string, string | undefined>>(filter: T): Partial<T> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The statuses the public may see: a draft is not published. */
const publicStatuses = ["open", "closed"] as const;

/**
 * A page of the surveys the public may see: one store page per public status, merged in id order.
 * The cursor is made from the last survey handed out, never from a row looked at and dropped, so it
 * cannot carry a draft's id; both lists resume after it.
 */
async function publishedPage(
  list: (query: SurveyQuery) => Promise<Page<Stored<Survey>>>,
  query: SurveyQuery,
): Promise<Page<Stored<Survey>>> {
  const limit = query.limit ?? defaultPageSize;
  const statuses = query.filter?.status ? [query.filter.status] : publicStatuses;
  const pages = await Promise.all(
    statuses.map((status) => list({ ...query, limit, filter: { ...query.filter, status } })),
  );
  const merged = pages.flatMap((page) => page.items).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const items = merged.slice(0, limit);
  const last = items[items.length - 1];
  const more = merged.length > limit || pages.some((page) => page.nextCursor !== undefined);
  return more && last ? { items, nextCursor: encodeCursor(last.id) } : { items };
}
