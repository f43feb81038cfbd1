import {
  type CollectionName,
  ConflictError,
  type DocumentKey,
  ForbiddenError,
  forbiddenReasons,
  type Issue,
  type KindName,
  kindParents,
  NotFoundError,
  type Store,
  type SubmissionKind,
  UnavailableError,
  ValidationError,
} from "@cwd/core";

export interface HttpStoreOptions {
  /** The API root, such as `https://partnerstwo.example/api`. */
  baseUrl: string;
  /** Admin token, sent as `Authorization: Bearer`. Public widgets leave it out. */
  token?: string;
  /**
   * The fetch to use (tests, server-side callers); the global one by default. Any function that
   * takes a URL and init and gives a Response fits, such as `(url, init) => app.fetch(new Request(url, init))`.
   */
  fetch?: (url: string, init: RequestInit) => Response | Promise<Response>;
  /**
   * How long to wait for an answer, in milliseconds (default 20 000). On a poor rural connection a
   * request can hang for minutes; past this the caller gets an error it can offer to retry.
   */
  timeoutMs?: number;
}

type Query = Record<string, string | number | undefined>;

/**
 * A Store that talks to the HTTP API of `createHandler`: what widgets use in the browser. Errors come
 * back as the core classes (ValidationError with its issues, ConflictError with the current version,
 * NotFoundError, ForbiddenError, which also stands for 401); an unreachable server or an answer that
 * is not JSON is a plain Error saying so.
 *
 * @example
 * const store = createHttpStore({ baseUrl: "https://partnerstwo.example/api" });
 * const survey = await store.get("surveys", { partnershipId: "ziemia-wysokomazowiecka", id: "ankieta" });
 */
export function createHttpStore(options: HttpStoreOptions): Store {
  const root = options.baseUrl.replace(/\/+$/, "");
  // Called through a wrapper: a detached `window.fetch` throws "Illegal invocation" in browsers.
  const send = options.fetch ?? ((url: string, init: RequestInit) => fetch(url, init));
  const timeoutMs = options.timeoutMs ?? 20_000;
  let closed = false;

  async function request(
    method: string,
    path: string,
    init: { query?: Query; body?: unknown; version?: unknown } = {},
  ): Promise<{ status: number; data: never }> {
    if (closed) throw new Error("this http store is closed");
    const url = root + path + queryString(init.query);
    const headers: Record<string, string> = { Accept: "application/json" };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (init.body !== undefined) headers["Content-Type"] = "application/json";
    // Only a well-formed version goes in the header; anything else stays in the body for the
    // server to name as an invalid field, as every store does.
    if (Number.isSafeInteger(init.version) && (init.version as number) > 0) {
      headers["If-Match"] = `"${init.version}"`;
    }
    let response: Response;
    try {
      const body = init.body === undefined ? undefined : JSON.stringify(init.body);
      response = await send(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    } catch (cause) {
      const reason =
        (cause as Error)?.name === "TimeoutError"
          ? `no answer within ${timeoutMs / 1000} s`
          : ((cause as Error)?.message ?? String(cause));
      throw new Error(`cannot reach the CWD API at ${root}: ${reason}`, { cause });
    }
    const data = await readJson(response, `${method} ${url}`);
    if (!response.ok) throw storeError(response, data);
    return { status: response.status, data: data as never };
  }

  /**
   * A list, its filter sent as query parameters. The server checks the filter, so this client
   * carries none of the registry's vocabularies; its 400 names a parameter (`audience`), which to a
   * Store caller is the filter's field (`filter.audience`).
   */
  async function listRequest(path: string, filter: unknown, page: Query) {
    if (filter !== undefined && (typeof filter !== "object" || filter === null || Array.isArray(filter))) {
      throw new ValidationError([{ path: "filter", message: "must be an object of field values" }]);
    }
    const fields = (filter ?? {}) as Query;
    const notText = Object.keys(fields).filter((field) => typeof fields[field] !== "string");
    if (notText.length > 0) {
      throw new ValidationError(
        notText.map((field) => ({ path: `filter.${field}`, message: "must be a text" })),
      );
    }
    try {
      return await request("GET", path, { query: { ...fields, ...page } });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const issues = error.issues.map((issue) =>
        issue.path in fields ? { ...issue, path: `filter.${issue.path}` } : issue,
      );
      throw new ValidationError(issues, error.message);
    }
  }

  return {
    async get(collection, key) {
      return (await request("GET", documentPath(collection, key))).data;
    },

    async list(collection, query = {}) {
      const page = { cursor: query.cursor, limit: query.limit };
      if (collection === "partnerships") return (await request("GET", "/partnerships", { query: page })).data;
      const path = kindPath(collection, required(query.partnershipId, collection));
      return (await listRequest(path, query.filter, page)).data;
    },

    async put(collection, document) {
      const { id, partnershipId, version } = (document ?? {}) as {
        id?: unknown;
        partnershipId?: unknown;
        version?: unknown;
      };
      const key = { partnershipId: collection === "partnerships" ? id : partnershipId, id } as DocumentKey;
      return (await request("PUT", documentPath(collection, key), { body: document, version })).data;
    },

    async submit(kind, submission) {
      const { status, data } = await request("POST", submissionPath(kind, submission), { body: submission });
      return { submission: data, created: status === 201 };
    },

    async listSubmissions(kind, query) {
      const path = kindPath(kind, required(query.partnershipId, kind));
      return (await listRequest(path, query.filter, { cursor: query.cursor, limit: query.limit })).data;
    },

    async close() {
      closed = true;
    },
  };
}

/** Where a kind's list lives: `/partnerships/{pid}/{kind}`. */
function kindPath(kind: KindName, partnershipId: string): string {
  return `/partnerships/${segment(partnershipId)}/${kind}`;
}

function documentPath(collection: CollectionName, key: DocumentKey): string {
  if (collection === "partnerships") {
    // A partnership is its own scope: asking for it under another one finds nothing, as in every store.
    return `/partnerships/${segment(key.partnershipId === key.id ? key.partnershipId : undefined)}`;
  }
  return `${kindPath(collection, key.partnershipId)}/${segment(key.id)}`;
}

/**
 * Where a submission is sent: under the document it answers when its kind has a parent (a response
 * goes to `/partnerships/{pid}/surveys/{surveyId}/responses`), else under the partnership.
 */
function submissionPath(kind: SubmissionKind, submission: unknown): string {
  const fields = (submission ?? {}) as Record<string, unknown>;
  const partnership = `/partnerships/${segment(fields.partnershipId)}`;
  const parent = (kindParents as Partial<Record<SubmissionKind, { kind: string; field: string }>>)[kind];
  if (parent === undefined) return `${partnership}/${kind}`;
  return `${partnership}/${parent.kind}/${segment(fields[parent.field])}/${kind}`;
}

/**
 * An id as one path segment. What cannot be an id (not a text, empty, `.` or `..`, which URLs
 * would resolve away) becomes `_`, which no document has: reads find nothing, and writes reach the
 * server, which names the invalid field in the body.
 */
function segment(id: unknown): string {
  return typeof id === "string" && id !== "" && id !== "." && id !== ".." ? encodeURIComponent(id) : "_";
}

function required(partnershipId: string | undefined, what: string): string {
  if (!partnershipId)
    throw new ValidationError([{ path: "partnershipId", message: `is required to list ${what}` }]);
  return partnershipId;
}

function queryString(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

async function readJson(response: Response, what: string): Promise<unknown> {
  const type = response.headers.get("Content-Type") ?? "";
  const text = await response.text().catch(() => "");
  if (/^application\/([\w.-]+\+)?json/i.test(type)) {
    try {
      return JSON.parse(text);
    } catch {
      // fall through: a JSON content type with a broken body is as unusable as HTML
    }
  }
  throw new Error(
    `${what} answered ${response.status} with ${type || "no content type"}, not JSON from the CWD API`,
  );
}

/** The core error for an error answer, so callers handle HTTP and local stores alike. */
function storeError(response: Response, data: unknown): Error {
  const { status } = response;
  const error = ((data as { error?: unknown })?.error ?? {}) as {
    message?: unknown;
    issues?: unknown;
    currentVersion?: unknown;
    reason?: unknown;
  };
  const message = typeof error.message === "string" ? error.message : `HTTP ${status}`;
  switch (status) {
    case 400:
    case 413:
      return new ValidationError(
        Array.isArray(error.issues) ? (error.issues as Issue[]) : [{ path: "", message }],
        message,
      );
    case 401:
    case 403:
      return new ForbiddenError(
        message,
        forbiddenReasons.find((reason) => reason === error.reason),
      );
    case 404:
      return new NotFoundError(message);
    case 409:
      return new ConflictError(
        message,
        typeof error.currentVersion === "number" ? error.currentVersion : undefined,
      );
    case 503: {
      const retryAfter = Number(response.headers.get("Retry-After"));
      return new UnavailableError(message, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 5);
    }
    default:
      return new Error(`the CWD API answered ${status}: ${message}`);
  }
}
