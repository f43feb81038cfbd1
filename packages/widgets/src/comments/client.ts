import {
  type Comment,
  type CommentAnswer,
  type Consultation,
  type ConsultationReport,
  type ConsultationState,
  consultationRecords,
  consultationReport,
  consultationState,
  isSpam,
  type ModerationStep,
  moderationQueue,
  NotFoundError,
  type Partnership,
  publicThread,
  type QueueItem,
  type Store,
  type ThreadEntry,
} from "@cwd/core";

/** A consultation as the public sees it: the document, where it stands, and one thread. */
export interface ThreadView {
  consultation: Consultation;
  state: ConsultationState;
  items: ThreadEntry[];
}

export type ModeratorAction = "publish" | "hide" | "restore";

/**
 * What the consultation widgets need from the server: the public thread and posting for everyone,
 * the queue, moderation and answers for a token holder. Over HTTP it calls the comment routes;
 * over a Store (tests, stories, an app with its own store) it computes the same with core's functions.
 */
export interface ConsultationClient {
  thread(pid: string, cid: string, target?: string): Promise<ThreadView>;
  members(pid: string): Promise<Partnership["members"]>;
  comment(comment: Comment): Promise<void>;
  reportComment(pid: string, cid: string, commentId: string): Promise<void>;
  report(pid: string, cid: string): Promise<ConsultationReport>;
  queue(pid: string, cid: string): Promise<QueueItem[]>;
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
    answer: Pick<CommentAnswer, "position" | "justification">,
  ): Promise<void>;
}

/** A request the server refused, with its status: 403 closed, 401 no token, 400 bad input. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The client of the comment routes under `api`, with a token for moderators' calls. */
export function httpConsultationClient(api: string, token?: string): ConsultationClient {
  const root = api.replace(/\/+$/, "");
  const at = (pid: string, cid: string, tail = "") =>
    `${root}/partnerships/${encodeURIComponent(pid)}/consultations/${encodeURIComponent(cid)}${tail}`;
  async function call<T>(url: string, method = "GET", body?: unknown): Promise<T> {
    const response = await fetch(url, {
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
    reportComment: (pid, cid, id) => call(at(pid, cid, `/comments/${id}/reports`), "POST"),
    report: (pid, cid) => call(at(pid, cid, "/report")),
    queue: async (pid, cid) => (await call<{ items: QueueItem[] }>(at(pid, cid, "/queue"))).items,
    moderate: (pid, cid, id, action, reason) =>
      call(at(pid, cid, `/comments/${id}/${action}`), "POST", action === "publish" ? undefined : { reason }),
    answer: (pid, cid, id, answer) => call(at(pid, cid, `/comments/${id}/answer`), "PUT", answer),
  };
}

/** The same calls over a Store, computed with core's functions; the caller is trusted as a moderator. */
export function storeConsultationClient(store: Store, label = "moderator"): ConsultationClient {
  const step = (
    pid: string,
    cid: string,
    commentId: string,
    action: ModerationStep["action"],
    reason?: string,
  ) =>
    store.submit("moderation", {
      id: crypto.randomUUID(),
      partnershipId: pid,
      consultationId: cid,
      commentId,
      action,
      at: new Date().toISOString(),
      ...(reason !== undefined && { reason }),
      ...(action !== "report" && { by: label }),
    });
  return {
    async thread(pid, cid, target) {
      const records = await consultationRecords(store, pid, cid);
      const state = consultationState(records.consultation, new Date());
      return { consultation: records.consultation, state, items: publicThread(records, target) };
    },
    members: async (pid) => (await store.get("partnerships", { partnershipId: pid, id: pid })).members,
    async comment(comment) {
      if (!isSpam(comment)) await store.submit("comments", comment);
    },
    reportComment: async (pid, cid, id) => void (await step(pid, cid, id, "report")),
    report: async (pid, cid) => consultationReport(await consultationRecords(store, pid, cid)),
    queue: async (pid, cid) => moderationQueue(await consultationRecords(store, pid, cid)),
    moderate: async (pid, cid, id, action, reason) => void (await step(pid, cid, id, action, reason)),
    async answer(pid, cid, id, answer) {
      const key = { partnershipId: pid, id };
      const existing = await store.get("answers", key).catch((error: unknown) => {
        if (error instanceof NotFoundError || (error as { code?: string }).code === "not_found")
          return undefined;
        throw error;
      });
      await store.put("answers", {
        ...answer,
        id,
        partnershipId: pid,
        consultationId: cid,
        commentId: id,
        answeredAt: new Date().toISOString(),
        version: existing?.version,
      });
    },
  };
}
