import type {
  Comment,
  CommentAnswer,
  Consultation,
  ConsultationReport,
  ConsultationState,
  Partnership,
  QueueItem,
  Store,
  ThreadEntry,
} from "@cwd/core";

/** A consultation as the public sees it: the document, where it stands, and one thread. */
export interface ThreadView {
  consultation: Consultation;
  state: ConsultationState;
  items: ThreadEntry[];
}

export type ModeratorAction = "publish" | "hide" | "restore";

/** What an author may change within the edit window. */
export type CommentEdit = Pick<Comment, "text" | "stance">;

export interface HttpClientOptions {
  /** A moderator's or editor's token, sent as `Authorization: Bearer`. */
  token?: string;
  /** The fetch to use (tests, apps with their own); the global one by default. */
  fetch?: (url: string, init: RequestInit) => Response | Promise<Response>;
}

/**
 * What the consultation widgets need from the server: the public thread and posting for everyone,
 * every comment, moderation and answers for a token holder. Over HTTP it calls the comment routes;
 * over a Store (tests, stories, an app with its own store) it computes the same with core's functions.
 */
export interface ConsultationClient {
  thread(pid: string, cid: string, target?: string): Promise<ThreadView>;
  members(pid: string): Promise<Partnership["members"]>;
  /** Sends a comment; over HTTP the answer carries the secret that lets this device edit it a while. */
  comment(comment: Comment): Promise<{ editSecret?: string }>;
  edit(pid: string, cid: string, commentId: string, secret: string, change: CommentEdit): Promise<void>;
  reportComment(pid: string, cid: string, commentId: string): Promise<void>;
  report(pid: string, cid: string): Promise<ConsultationReport>;
  /** Every comment but bots', whatever its status, with its reports and answer: for a moderator's token. */
  everyComment(pid: string, cid: string): Promise<QueueItem[]>;
  moderate(
    pid: string,
    cid: string,
    commentId: string,
    action: ModeratorAction,
    reason?: string,
  ): Promise<void>;
  answer(
    pid: string,
    cid: string,
    commentId: string,
    answer: Pick<CommentAnswer, "position" | "justification" | "version">,
  ): Promise<void>;
}

/** A request the server refused, with its status: 403 closed or not allowed, 401 no token, 409 a stale version. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The client of the comment routes under `api`, with a token for moderators' calls.
 *
 * @example
 * const client = httpConsultationClient("https://cwd.example.pl/api", { token });
 * await client.moderate("ziemia", "konsultacje-diagnozy", commentId, "hide", "reklama");
 */
export function httpConsultationClient(api: string, options: HttpClientOptions = {}): ConsultationClient {
  const { token, fetch: send = (url, init) => fetch(url, init) } = options;
  const root = api.replace(/\/+$/, "");
  const at = (pid: string, cid: string, tail = "") =>
    `${root}/partnerships/${encodeURIComponent(pid)}/consultations/${encodeURIComponent(cid)}${tail}`;
  async function call<T>(url: string, method = "GET", body?: unknown): Promise<T> {
    const response = await send(url, {
      method,
      headers: {
        ...(body !== undefined && { "Content-Type": "application/json" }),
        ...(token && { Authorization: `Bearer ${token}` }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const data = await response.json().catch(() => undefined);
    if (!response.ok) throw new RequestError(response.status, data?.error?.message ?? response.statusText);
    return data as T;
  }
  return {
    thread: (pid, cid, target) =>
      call(at(pid, cid, `/thread${target ? `?target=${encodeURIComponent(target)}` : ""}`)),
    members: async (pid) =>
      (await call<Partnership>(`${root}/partnerships/${encodeURIComponent(pid)}`)).members,
    comment: (c) => call(at(c.partnershipId, c.consultationId, "/comments"), "POST", c),
    edit: (pid, cid, id, secret, change) =>
      call(at(pid, cid, `/comments/${id}/edit`), "POST", { secret, ...change }),
    reportComment: (pid, cid, id) => call(at(pid, cid, `/comments/${id}/reports`), "POST"),
    report: (pid, cid) => call(at(pid, cid, "/report")),
    everyComment: async (pid, cid) =>
      (await call<{ items: QueueItem[] }>(at(pid, cid, "/queue?view=all"))).items,
    moderate: (pid, cid, id, action, reason) =>
      call(at(pid, cid, `/comments/${id}/${action}`), "POST", action === "publish" ? undefined : { reason }),
    answer: (pid, cid, id, answer) => call(at(pid, cid, `/comments/${id}/answer`), "PUT", answer),
  };
}

/**
 * The Store client, loaded the first time it is called: a page that reads over HTTP never downloads
 * the core functions that compute threads, queues and reports.
 */
export function lazyStoreClient(store: Store, label?: string): ConsultationClient {
  const loaded = import("./store-client.js").then((m) => m.storeConsultationClient(store, label));
  return {
    thread: async (...a) => (await loaded).thread(...a),
    members: async (...a) => (await loaded).members(...a),
    comment: async (...a) => (await loaded).comment(...a),
    edit: async (...a) => (await loaded).edit(...a),
    reportComment: async (...a) => (await loaded).reportComment(...a),
    report: async (...a) => (await loaded).report(...a),
    everyComment: async (...a) => (await loaded).everyComment(...a),
    moderate: async (...a) => (await loaded).moderate(...a),
    answer: async (...a) => (await loaded).answer(...a),
  };
}

/** The client for where an element reads: the comment routes under an `api` URL, or a Store. */
export function consultationClient(from: string | Store): ConsultationClient {
  return typeof from === "string" ? httpConsultationClient(from) : lazyStoreClient(from);
}
