import { describeRoute, type openAPIRouteHandler, type ResponsesWithResolver, resolver } from "hono-openapi";
import type * as z from "zod/mini";
import { ErrorBody } from "./errors.js";
import { schemaOptions } from "./schemas.js";

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;

const errorDescriptions: Record<ErrorStatus, string> = {
  400: "Invalid input: `issues` names each field (`members.0.terc`, `limit`); bad JSON is `invalid_json`",
  401: "No token where one is needed, or a malformed, unknown, revoked or expired one (on any route)",
  403: "Not allowed: the token's role or partnership does not reach this far (the message names both), or a response to a closed survey",
  404: "No such document, or not public",
  409: "Stale write: `currentVersion` is the version stored now",
  413: "Body larger than 1 MB",
  415: "Body not sent as application/json",
  429: "Too many submissions from this client: wait for the seconds in Retry-After",
  503: "The storage is away for a moment (a database restarting): retry after the seconds in Retry-After",
};

/** The document's shared parts: info, the bearer scheme, and one response per error status. */
export const documentation: Parameters<typeof openAPIRouteHandler>[1] = {
  documentation: {
    info: {
      title: "CWD partnership API",
      version: "1",
      description:
        "Partnerships of municipalities, their surveys and survey responses. Reads of published data " +
        "and submitting a response are public; every other write needs `Authorization: Bearer <token>`.",
    },
    components: {
      // Named `admin` since the first version; it carries any token: CWD_ADMIN_TOKEN or one made
      // with `cwd token create` or POST /api/tokens, whose role each route's description names.
      securitySchemes: {
        admin: {
          type: "http",
          scheme: "bearer",
          description:
            "CWD_ADMIN_TOKEN, or a token with a role (admin, editor, moderator, assessor, analyst)",
        },
      },
      responses: Object.fromEntries(
        Object.entries(errorDescriptions).map(([status, description]) => [
          `Error${status}`,
          { description, content: { "application/json": { schema: resolver(ErrorBody, schemaOptions) } } },
        ]),
      ),
    },
  },
  // Our validators answer with ErrorBody, not hono-openapi's default shape; each route lists its 400.
  defaultValidationErrorResponse: false,
};

interface RouteDoc {
  summary: string;
  /** token: a token is required; optional: some tokens see more (drafts); public: no token used. */
  auth: "token" | "optional" | "public";
  /** Who may call a `token` route, in words; becomes the operation's description. */
  needs?: string;
  /** Path parameters, documented as document ids. */
  params?: string[];
  /** Success status, description and body schema. */
  ok: [status: 200 | 201, description: string, schema: z.ZodMiniType];
  /** A second success answer, e.g. 200 for an update next to 201 for a create. */
  alsoOk?: [status: 200 | 201, description: string];
  errors: ErrorStatus[];
  headers?: { name: string; description: string }[];
}

/** Describes a route for the OpenAPI document, errors included, in one place per route. */
export function documentRoute(doc: RouteDoc) {
  const [status, description, schema] = doc.ok;
  const body = { "application/json": { schema: resolver(schema, schemaOptions) } };
  const responses: ResponsesWithResolver = { [status]: { description, content: body } };
  if (doc.alsoOk) responses[doc.alsoOk[0]] = { description: doc.alsoOk[1], content: body };
  // Any route answers 401 to a wrong token and 503 while the storage is away, so both are listed.
  for (const error of new Set([...doc.errors, 401 as const, 503 as const]))
    responses[error] = { $ref: `#/components/responses/Error${error}` };
  return describeRoute({
    summary: doc.summary,
    ...(doc.needs !== undefined && { description: `Needs ${doc.needs}.` }),
    security: doc.auth === "token" ? [{ admin: [] }] : doc.auth === "optional" ? [{}, { admin: [] }] : [],
    parameters: [
      ...(doc.params ?? []).map((name) => ({
        in: "path" as const,
        name,
        required: true,
        schema: { $ref: "#/components/schemas/DocumentId" },
      })),
      ...(doc.headers ?? []).map(({ name, description }) => ({
        in: "header" as const,
        name,
        description,
        schema: { type: "string" as const },
      })),
    ],
    responses,
  });
}
