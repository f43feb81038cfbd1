import {
  type Action,
  type CollectionName,
  type DocumentOf,
  defaultPageSize,
  encodeCursor,
  isStoreError,
  type KindDeclaration,
  type KindName,
  kindSchemas,
  kinds,
  NotFoundError,
  type Page,
  permissions,
  type Store,
  type SubmissionKind,
} from "@cwd/core";
import type { Context, Hono, MiddlewareHandler } from "hono";
import * as z from "zod/mini";
import { allowed, requireTo } from "./auth.js";
import { jsonBody } from "./body.js";
import { documentRoute } from "./openapi.js";
import type { HandlerEnv } from "./routes.js";
import { pageParams, pageSchema, validate } from "./schemas.js";
import { etag, samePathAndBody } from "./versions.js";

/** Writes a document for a route (If-Match, audit trail) and gives the answer's body, status and ETag. */
export type Save = <C extends CollectionName>(
  c: Context<HandlerEnv>,
  collection: C,
  document: DocumentOf<C>,
) => Promise<[unknown, 200 | 201, { ETag: string }]>;

type AnyKind = KindDeclaration;
const declarationOf = (name: KindName): AnyKind => kinds[name];

/**
 * The path parameter naming one item of a kind: `{sid}` for surveys (as the API has always said),
 * `{cid}` for consultations (as their comment routes say), else `{id}`. One name per position lets
 * Hono route with its RegExpRouter, several times faster than the TrieRouter it falls back to.
 */
const itemParams: Partial<Record<KindName, string>> = { surveys: "sid", consultations: "cid" };
const paramOf = (name: KindName): string => itemParams[name] ?? "id";

/** Who holds an action, for the OpenAPI text: "an editor or analyst of the partnership, or an admin". */
function holders(action: Action): string {
  const roles = Object.entries(permissions)
    .filter(([role, actions]) => role !== "admin" && actions.includes(action))
    .map(([role]) => role);
  return roles.length === 0 ? "an admin" : `${roles.join(" or ")} of the partnership, or an admin`;
}

/**
 * The list query of a kind: `cursor`, `limit` and each filter the registry declares. Any other
 * parameter is a mistake (a 400 naming it), not a filter silently ignored.
 */
function listQuery(kind: AnyKind) {
  const filters = Object.fromEntries(
    Object.entries(kind.filters).map(([field, rule]) => [
      field,
      z.optional(rule === "id" ? z.string() : z.enum(rule as unknown as [string, ...string[]])),
    ]),
  );
  return z.strictObject({ ...pageParams, ...filters });
}

/** Stores reject a filter field whose value is not a text, so absent query values are left out. */
function definedOnly(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

/** True when the public does not see this item (a draft survey). */
function hidden(kind: AnyKind, item: Record<string, unknown>): boolean {
  const rule = kind.hiddenFromPublic;
  return rule?.values.includes(item[rule.field] as string) ?? false;
}

/**
 * A page of what the public may see of a kind with hidden items: one store page per public value of
 * the hiding field, merged in id order. The cursor is made from the last item handed out, never from
 * a row looked at and dropped, so it cannot carry a hidden item's id; every list resumes after it.
 */
async function publicPage(
  store: Store,
  name: CollectionName,
  kind: AnyKind,
  query: { partnershipId: string; filter: Record<string, string>; cursor?: string; limit?: number },
): Promise<Page<unknown>> {
  const rule = kind.hiddenFromPublic;
  if (!rule) return store.list(name, query as never);
  const asked = query.filter[rule.field];
  if (asked !== undefined && rule.values.includes(asked)) return { items: [] };
  const allValues = kind.filters[rule.field] as readonly string[];
  const values = asked !== undefined ? [asked] : allValues.filter((value) => !rule.values.includes(value));
  const limit = query.limit ?? defaultPageSize;
  const pages = await Promise.all(
    values.map((value) =>
      store.list(name, { ...query, limit, filter: { ...query.filter, [rule.field]: value } } as never),
    ),
  );
  const merged = pages
    .flatMap((page) => page.items as { id: string }[])
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const items = merged.slice(0, limit);
  const last = items[items.length - 1];
  const more = merged.length > limit || pages.some((page) => page.nextCursor !== undefined);
  return more && last ? { items, nextCursor: encodeCursor(last.id) } : { items };
}

const anyone: MiddlewareHandler<HandlerEnv> = (_c, next) => next();

/** Lets anyone through where the kind says `public`, and requires the kind's action otherwise. */
function access(rule: "public" | Action): MiddlewareHandler<HandlerEnv> {
  return rule === "public" ? anyone : requireTo(rule);
}

/**
 * Registers the routes of one kind of the registry (not partnerships, which are their own scope):
 * for a document, its list, one item and the versioned write; for a submission, the public or
 * role-guarded submit under its parent, and its lists. Access, hiding and filters come from the
 * kind's declaration; the body is validated with its schema.
 */
export function addKindRoutes(
  app: Hono<HandlerEnv>,
  store: Store,
  save: Save,
  name: Exclude<KindName, "partnerships">,
): void {
  const kind = declarationOf(name);
  const schema = kindSchemas[name] as z.ZodMiniType;
  const base = `/partnerships/:pid/${name}`;
  const noun = kind.noun;
  const query = listQuery(kind);

  if (kind.type === "document") {
    const collection = name as CollectionName;
    const param = paramOf(name);
    const drafts = kind.hiddenFromPublic
      ? ` (${kind.hiddenFromPublic.values.join(", ")} only for those who may read drafts)`
      : "";
    app.get(
      base,
      documentRoute({
        summary: `List the ${name} of a partnership${drafts}`,
        auth: kind.read === "public" ? "optional" : "token",
        ...(kind.read !== "public" && { needs: holders(kind.read) }),
        params: ["pid"],
        ok: [200, `A page of ${name}`, pageSchema(schema)],
        errors: kind.read === "public" ? [400] : [400, 403],
      }),
      access(kind.read),
      validate("query", query),
      async (c) => {
        const { cursor, limit, ...filters } = c.req.valid("query" as never) as Record<string, unknown>;
        const pid = c.req.param("pid") as string;
        const listed = {
          partnershipId: pid,
          cursor: cursor as string | undefined,
          limit: limit as number | undefined,
          filter: definedOnly(filters),
        };
        if (allowed(c.get("principal"), "readDrafts", pid))
          return c.json(await store.list(collection, listed as never));
        return c.json(await publicPage(store, collection, kind, listed));
      },
    );

    app.get(
      `${base}/:${param}`,
      documentRoute({
        summary: `One ${noun}${drafts}`,
        auth: kind.read === "public" ? "optional" : "token",
        ...(kind.read !== "public" && { needs: holders(kind.read) }),
        params: ["pid", param],
        ok: [200, `The ${noun}; ETag is its version`, schema],
        errors: kind.read === "public" ? [404] : [403, 404],
      }),
      access(kind.read),
      async (c) => {
        const pid = c.req.param("pid") as string;
        const id = c.req.param(param) as string;
        const item = await store.get(collection, { partnershipId: pid, id });
        if (hidden(kind, item as Record<string, unknown>) && !allowed(c.get("principal"), "readDrafts", pid))
          throw new NotFoundError(`${name} ${id} not found`);
        c.header("ETag", etag(item.version));
        return c.json(item);
      },
    );

    const write = kind.write === "public" ? "writeDocuments" : kind.write;
    app.put(
      `${base}/:${param}`,
      documentRoute({
        summary: `Create or update a ${noun}`,
        auth: "token",
        needs: holders(write),
        params: ["pid", param],
        headers: [{ name: "If-Match", description: 'The version read, as its ETag ("3"); absent to create' }],
        ok: [201, "Created", schema],
        alsoOk: [200, "Updated"],
        errors: [400, 403, 404, 409, 413, 415],
      }),
      requireTo(write),
      jsonBody(),
      validate("json", schema),
      async (c) => {
        const document = c.req.valid("json" as never) as DocumentOf<CollectionName> & {
          partnershipId: string;
        };
        samePathAndBody("partnershipId", c.req.param("pid") as string, document.partnershipId);
        samePathAndBody("id", c.req.param(param) as string, document.id);
        return c.json(...((await save(c, collection, document)) as [object, 200 | 201, { ETag: string }]));
      },
    );
    return;
  }

  const kindName = name as SubmissionKind;
  const parent = kind.parent;
  const parentName = parent?.kind as KindName | undefined;
  const parentParam = parentName ? paramOf(parentName) : undefined;
  const under =
    parent && parentName && parentName !== "partnerships"
      ? `/partnerships/:pid/${parentName}/:${parentParam}/${name}`
      : base;
  const parentParams = under === base ? ["pid"] : ["pid", parentParam as string];

  app.post(
    under,
    documentRoute({
      summary: `Submit a ${noun}${kind.write === "public" ? " (public" : " ("}; a retry with the same id is stored once)`,
      auth: kind.write === "public" ? "public" : "token",
      ...(kind.write !== "public" && { needs: holders(kind.write) }),
      params: parentParams,
      ok: [201, "Stored", schema],
      alsoOk: [200, "Stored before: this was a retry"],
      errors: [400, 403, 404, 409, 413, 415, 429],
    }),
    access(kind.write),
    jsonBody(),
    validate("json", schema),
    async (c) => {
      const submission = c.req.valid("json" as never) as Record<string, unknown> & { partnershipId: string };
      const pid = c.req.param("pid") as string;
      samePathAndBody("partnershipId", pid, submission.partnershipId);
      if (parent && parentParam && under !== base)
        samePathAndBody(parent.field, c.req.param(parentParam) as string, submission[parent.field] as string);
      try {
        const { submission: stored, created } = await store.submit(kindName, submission as never);
        return c.json(stored, created ? 201 : 200);
      } catch (error) {
        // What is not published yet (a draft survey) does not exist for the public.
        const notPublished = isStoreError(error) && (error as { reason?: string }).reason === "not_published";
        if (notPublished && !allowed(c.get("principal"), "readDrafts", pid))
          throw new NotFoundError(`${parentName} ${String(submission[parent?.field ?? "id"])} not found`);
        throw error;
      }
    },
  );

  const readNeeds = kind.read === "public" ? {} : { needs: holders(kind.read) };
  if (under !== base && parent && parentParam) {
    app.get(
      under,
      documentRoute({
        summary: `List the ${name} to a ${declarationOf(parentName as KindName).noun}${kind.read === "public" ? "" : ` (raw ${name} are not public)`}`,
        auth: kind.read === "public" ? "public" : "token",
        ...readNeeds,
        params: parentParams,
        ok: [200, `A page of ${name}`, pageSchema(schema)],
        errors: kind.read === "public" ? [400] : [400, 403],
      }),
      access(kind.read),
      validate("query", z.object(pageParams)),
      async (c) => {
        const { cursor, limit } = c.req.valid("query" as never) as { cursor?: string; limit?: number };
        const filter = { [parent.field]: c.req.param(parentParam) as string };
        return c.json(
          await store.listSubmissions(kindName, {
            partnershipId: c.req.param("pid") as string,
            filter,
            cursor,
            limit,
          } as never),
        );
      },
    );
  }
  app.get(
    base,
    documentRoute({
      summary: `List the ${name} of a partnership${Object.keys(kind.filters).length ? `, filtered by ${Object.keys(kind.filters).join(", ")}` : ""} (for exports)`,
      auth: kind.read === "public" ? "public" : "token",
      ...readNeeds,
      params: ["pid"],
      ok: [200, `A page of ${name}`, pageSchema(schema)],
      errors: kind.read === "public" ? [400] : [400, 403],
    }),
    access(kind.read),
    validate("query", query),
    async (c) => {
      const { cursor, limit, ...filters } = c.req.valid("query" as never) as Record<string, unknown>;
      const listed = {
        partnershipId: c.req.param("pid") as string,
        filter: definedOnly(filters),
        cursor,
        limit,
      };
      return c.json(await store.listSubmissions(kindName, listed as never));
    },
  );
}
