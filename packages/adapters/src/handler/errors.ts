import {
  type ForbiddenReason,
  forbiddenReasons,
  type Issue,
  isStoreError,
  type StoreError,
  type UnavailableError,
} from "@cwd/core";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as z from "zod/mini";
import { describeUnexpected, logSafe } from "./log.js";

/** The body of every error answer, documented in the OpenAPI document. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
    /** On a 409: the version stored now, so the client can reload it. */
    currentVersion: z.optional(z.int()),
    /** On a 403: why, when a program may act on it (`full`: no places left). */
    reason: z.optional(z.enum(forbiddenReasons)),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** An error the handler itself raises (auth, content type, size, bad JSON), with its status. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  constructor(status: ContentfulStatusCode, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const storeStatus = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
} as const;

/**
 * The status and JSON body an error becomes. Storage that is away is a 503 with Retry-After and one
 * log line; anything unexpected is a 500, logged in one line without the request's data.
 */
export function errorResponse(error: unknown, c: Context): Response {
  if (error instanceof ApiError) {
    if (error.status === 401) c.header("WWW-Authenticate", 'Bearer realm="cwd"');
    return c.json(errorBody(error.code, error.message), error.status);
  }
  if (isStoreError(error)) return storeErrorResponse(error, c);
  // Hono's own 4xx (a route helper refusing a request): keep the status, never turn it into a 500.
  if (error instanceof HTTPException && error.status < 500) {
    return c.json(errorBody("bad_request", error.message || "bad request"), error.status);
  }
  console.error(`cwd handler: internal error on ${requestLine(c)}: ${describeUnexpected(error)}`);
  return c.json(errorBody("internal", "internal error; the server logged it"), 500);
}

function storeErrorResponse(error: StoreError, c: Context): Response {
  const body = errorBody(error.code, error.message);
  if (error.code === "unavailable") {
    console.error(`cwd handler: storage unavailable on ${requestLine(c)}: ${logSafe(error.message)}`);
    c.header("Retry-After", String((error as UnavailableError).retryAfterSeconds ?? 5));
  }
  const { issues, currentVersion, reason } = error as {
    issues?: Issue[];
    currentVersion?: number;
    reason?: ForbiddenReason;
  };
  if (error.code === "invalid" && Array.isArray(issues)) body.error.issues = issues;
  if (error.code === "conflict" && typeof currentVersion === "number")
    body.error.currentVersion = currentVersion;
  if (error.code === "forbidden" && forbiddenReasons.includes(reason as ForbiddenReason))
    body.error.reason = reason;
  return c.json(body, storeStatus[error.code]);
}

/** Method and path as sent (still percent-encoded), safe for a log line. */
export function requestLine(c: Context): string {
  const url = c.req.url;
  const start = url.indexOf("/", url.indexOf("//") + 2);
  const end = url.search(/[?#]/);
  return logSafe(`${c.req.method} ${start === -1 ? "/" : url.slice(start, end === -1 ? undefined : end)}`);
}

/** An error body with no issues. */
export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}
