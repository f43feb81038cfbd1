import {
  consultationRecords,
  consultationReport,
  consultationState,
  isSpam,
  type ModerationStep,
  moderationList,
  NotFoundError,
  publicThread,
  type Store,
} from "@cwd/core";
import type { CommentEdit, ConsultationClient } from "./client.js";

/** The same calls over a Store, computed with core's functions; the caller is trusted as a moderator. */
export function storeConsultationClient(store: Store, label = "moderator"): ConsultationClient {
  const step = (
    pid: string,
    cid: string,
    commentId: string,
    action: ModerationStep["action"],
    reason?: string,
    change?: CommentEdit,
  ) =>
    store.submit("moderation", {
      id: crypto.randomUUID(),
      partnershipId: pid,
      consultationId: cid,
      commentId,
      action,
      at: new Date().toISOString(),
      ...(reason !== undefined && { reason }),
      ...change,
      ...(action !== "report" && action !== "edit" && { by: label }),
    });
  return {
    async thread(pid, cid, target) {
      const records = await consultationRecords(store, pid, cid);
      const state = consultationState(records.consultation, new Date());
      return { consultation: records.consultation, state, items: publicThread(records, target) };
    },
    members: async (pid) => (await store.get("partnerships", { partnershipId: pid, id: pid })).members,
    // Over a Store no edit secret is minted: only the HTTP API hands one to the author's device.
    async comment(comment) {
      if (!isSpam(comment)) await store.submit("comments", comment);
      return {};
    },
    edit: async (pid, cid, id, _secret, change) => void (await step(pid, cid, id, "edit", undefined, change)),
    reportComment: async (pid, cid, id) => void (await step(pid, cid, id, "report")),
    report: async (pid, cid) => consultationReport(await consultationRecords(store, pid, cid)),
    everyComment: async (pid, cid) => moderationList(await consultationRecords(store, pid, cid)),
    moderate: async (pid, cid, id, action, reason) => void (await step(pid, cid, id, action, reason)),
    // The store client trusts its caller: it corrects the stored answer whatever version was read.
    async answer(pid, cid, id, { position, justification }) {
      const key = { partnershipId: pid, id };
      const existing = await store.get("answers", key).catch((error: unknown) => {
        if (error instanceof NotFoundError || (error as { code?: string }).code === "not_found")
          return undefined;
        throw error;
      });
      await store.put("answers", {
        position,
        justification,
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
