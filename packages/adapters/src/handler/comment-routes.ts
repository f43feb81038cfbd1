import {
  admitEdit,
  answerPositions,
  atomFeed,
  Comment,
  CommentAnswer,
  type ConsultationRecords,
  consultationRecords,
  consultationReport,
  consultationState,
  defaultEditMinutes,
  isSpam,
  LocalisedText,
  ModerationStep,
  maxCommentLength,
  moderationList,
  moderationQueue,
  NotFoundError,
  publicThread,
  reportCsv,
  reportHtml,
  reportMarkdown,
  type Store,
  stances,
  targetKey,
  tooShortForStrategy,
  ValidationError,
  Version,
} from "@cwd/core";
import type { Context, Hono } from "hono";
import * as z from "zod/mini";
import type { TokenStore } from "../tokens/store.js";
import { allowed, requireTo } from "./auth.js";
import { jsonBody } from "./body.js";
import { documentRoute } from "./openapi.js";
import type { HandlerEnv } from "./routes.js";
import { validate } from "./schemas.js";
import { etag, samePathAndBody, versionRead } from "./versions.js";

const consultationPath = "/partnerships/:pid/consultations/:cid";
const commentPath = `${consultationPath}/comments/:commentId`;
const params = ["pid", "cid"];

const TargetQuery = z.object({ target: z.optional(z.string().check(z.maxLength(200))) });
const QueueQuery = z.object({ view: z.optional(z.enum(["queue", "all"])) });
const ReportQuery = z.object({ format: z.optional(z.enum(["json", "html", "md", "csv"])) });
const Reason = z.object({ reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)) });
const AnswerBody = z.object({
  position: z.enum(answerPositions),
  justification: LocalisedText,
  version: z.optional(Version),
});
const Thread = z.object({ items: z.array(z.unknown()) });
const EditBody = z.object({
  secret: z.string().check(z.minLength(1), z.maxLength(200)),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(maxCommentLength)),
  stance: z.optional(z.enum(stances)),
});

/** Who the client is (its address), when the host can tell: see `HandlerOptions.clientAddress`. */
export type ClientAddress = (request: Request, env: unknown) => string | undefined;

/** sha256 of a text, in hex. */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function randomSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) => b.toString(16).padStart(2, "0")).join(
    "",
  );
}

/**
 * Hashes who reported a comment: sha256(salt + address + comment id), the salt a secret of this
 * process replaced every UTC day. One reader's reports on a comment count once that day; the
 * address is never stored, and once the salt is gone the hashes can no longer be tied to anyone.
 */
function reporterHasher(): (address: string, commentId: string) => Promise<string> {
  let salt = { day: "", secret: "" };
  return (address, commentId) => {
    const day = new Date().toISOString().slice(0, 10);
    if (salt.day !== day) salt = { day, secret: randomSecret() };
    return sha256(`${salt.secret}${address}${commentId}`);
  };
}

/**
 * Registers what the registry of kinds cannot give for consultations (under `/api`): posting a
 * comment (honeypot-checked), readers' reports, moderators' publish, hide and restore, the official
 * answer, the computed public thread of a consultation or one target, its Atom feed, the moderation
 * queue and the report. Moderators' and readers' steps are stored as `moderation` submissions with
 * the server's time and the token's label: the audit trail of each comment.
 */
export function addCommentRoutes(
  app: Hono<HandlerEnv>,
  store: Store,
  tokens?: TokenStore,
  clientAddress?: ClientAddress,
): void {
  const reporterHash = reporterHasher();
  app.post(
    `${consultationPath}/comments`,
    documentRoute({
      summary: "Comment on a consultation (public; a retry with the same id is stored once)",
      auth: "public",
      params,
      ok: [201, "Stored (or silently dropped when a bot filled the honeypot), with `editSecret`", Comment],
      alsoOk: [200, "Stored before: this was a retry"],
      errors: [400, 403, 404, 409, 413, 415, 429],
    }),
    jsonBody(),
    validate("json", Comment),
    async (c) => {
      const comment = c.req.valid("json");
      samePathAndBody("partnershipId", c.req.param("pid"), comment.partnershipId);
      samePathAndBody("consultationId", c.req.param("cid"), comment.consultationId);
      // A bot is told it succeeded, so it learns nothing; nothing is stored.
      if (comment.edit !== undefined)
        throw new ValidationError([{ path: "edit", message: "is set by the server, not sent" }]);
      if (isSpam(comment)) return c.json({ ...comment, editSecret: randomSecret() }, 201);
      if (comment.replyTo !== undefined) await checkReply(store, comment);
      const { comments } = await consultationRecords(store, comment.partnershipId, comment.consultationId);
      const sent = comments.find((found) => found.id === comment.id);
      // A retry is compared with what was stored, window and all, and gets no second secret.
      const editable = sent
        ? { comment: { ...comment, edit: sent.edit } }
        : await editableFor(store, comment);
      const { submission, created } = await store.submit("comments", editable.comment);
      const { edit: _, ...shown } = submission;
      // Only the first answer carries the secret: a retry must not mint a second one.
      return created && "secret" in editable
        ? c.json({ ...shown, editSecret: editable.secret }, 201)
        : c.json(shown, 200);
    },
  );

  app.get(
    `${consultationPath}/thread`,
    documentRoute({
      summary: "The public thread of a consultation, or of one target (`?target=section:diagnoza`)",
      auth: "public",
      params,
      ok: [200, "The consultation, its state and its comments as the public sees them", Thread],
      errors: [400, 404],
    }),
    validate("query", TargetQuery),
    async (c) => {
      const records = await recordsOf(store, c);
      const { consultation } = records;
      return c.json({
        consultation,
        state: consultationState(consultation, new Date()),
        tooShortForStrategy: tooShortForStrategy(consultation),
        items: publicThread(records, c.req.valid("query").target),
      });
    },
  );

  app.get(
    `${consultationPath}/feed.atom`,
    documentRoute({
      summary: "An Atom feed of published comments and official answers (`?target=` for one target)",
      auth: "public",
      params,
      ok: [200, "application/atom+xml", z.string()],
      errors: [400, 404],
    }),
    validate("query", TargetQuery),
    async (c) => {
      const records = await recordsOf(store, c);
      const { target } = c.req.valid("query");
      const url = new URL(c.req.url);
      const feed = atomFeed(
        {
          url: url.href,
          pageUrl: url.origin,
          title: records.consultation.title,
          fallbackUpdated: records.consultation.noticeAt,
        },
        publicThread(records, target),
      );
      return c.body(feed, 200, { "Content-Type": "application/atom+xml; charset=utf-8" });
    },
  );

  app.post(
    `${commentPath}/reports`,
    documentRoute({
      summary: "Report a comment to the moderators (public); enough reports hide it",
      auth: "public",
      params: [...params, "commentId"],
      ok: [201, "Reported", ModerationStep],
      errors: [404, 429],
    }),
    async (c) => {
      const address = clientAddress?.(c.req.raw, c.env);
      const commentId = c.req.param("commentId") as string;
      const reporter = address === undefined ? undefined : await reporterHash(address, commentId);
      return c.json(await step(store, c, "report", { reporter }), 201);
    },
  );

  app.post(
    `${commentPath}/edit`,
    documentRoute({
      summary: "Edit one's own comment with the secret given when it was sent, within the edit window",
      auth: "public",
      params: [...params, "commentId"],
      ok: [201, "The edit, added to the comment's trail", ModerationStep],
      errors: [400, 403, 404, 413, 415, 429],
    }),
    jsonBody(),
    validate("json", EditBody),
    async (c) => {
      const records = await recordsOf(store, c);
      const comment = findComment(records, c.req.param("commentId") as string);
      const body = c.req.valid("json");
      admitEdit(records.consultation, comment, records.steps, await sha256(body.secret), new Date());
      return c.json(await step(store, c, "edit", { text: body.text, stance: body.stance }), 201);
    },
  );

  const moderator = "a moderator or editor of the partnership, or an admin";
  app.post(
    `${commentPath}/publish`,
    documentRoute({
      summary: "Publish a comment awaiting moderation",
      auth: "token",
      needs: moderator,
      params: [...params, "commentId"],
      ok: [201, "The moderation step, added to the audit trail", ModerationStep],
      errors: [403, 404],
    }),
    requireTo("moderateComments"),
    async (c) => c.json(await step(store, c, "publish"), 201),
  );

  for (const action of ["hide", "restore"] as const) {
    app.post(
      `${commentPath}/${action}`,
      documentRoute({
        summary:
          action === "hide" ? "Hide a comment, with a reason" : "Restore a hidden comment, with a reason",
        auth: "token",
        needs: moderator,
        params: [...params, "commentId"],
        ok: [201, "The moderation step, added to the audit trail", ModerationStep],
        errors: [400, 403, 404, 413, 415],
      }),
      requireTo("moderateComments"),
      jsonBody(),
      validate("json", Reason),
      async (c) => c.json(await step(store, c, action, { reason: c.req.valid("json").reason }), 201),
    );
  }

  app.put(
    `${commentPath}/answer`,
    documentRoute({
      summary: "Give or correct the partnership's official answer to a comment",
      auth: "token",
      needs: "an editor of the partnership or an admin",
      params: [...params, "commentId"],
      headers: [{ name: "If-Match", description: 'The version read, as its ETag ("3"); absent to create' }],
      ok: [201, "Answered", CommentAnswer],
      alsoOk: [200, "Corrected"],
      errors: [400, 403, 404, 409, 413, 415],
    }),
    requireTo("answerComments"),
    jsonBody(),
    validate("json", AnswerBody),
    async (c) => {
      const comment = await commentOf(store, c);
      const body = c.req.valid("json");
      const version = versionRead(c.req.header("If-Match"), body.version);
      const saved = await store.put("answers", {
        id: comment.id,
        partnershipId: comment.partnershipId,
        consultationId: comment.consultationId,
        commentId: comment.id,
        position: body.position,
        justification: body.justification,
        answeredAt: new Date().toISOString(),
        version,
      });
      const principal = c.get("principal");
      if (tokens && principal) {
        await tokens.record({
          partnershipId: saved.partnershipId,
          kind: "answers",
          id: saved.id,
          version: saved.version,
          action: version === undefined ? "create" : "update",
          at: saved.answeredAt,
          by: {
            label: principal.label,
            ...(principal.tokenId !== undefined && { tokenId: principal.tokenId }),
          },
        });
      }
      return c.json(saved, version === undefined ? 201 : 200, { ETag: etag(saved.version) });
    },
  );

  app.get(
    `${consultationPath}/queue`,
    documentRoute({
      summary:
        "The moderation queue: comments awaiting publication and reported ones; `?view=all`: every comment",
      auth: "token",
      needs: "a moderator or editor of the partnership, or an admin",
      params,
      ok: [200, "Each comment with its status, reports and answer", Thread],
      errors: [400, 403, 404],
    }),
    requireTo("moderateComments"),
    validate("query", QueueQuery),
    async (c) => {
      const records = await recordsOf(store, c);
      const all = c.req.valid("query").view === "all";
      return c.json({ items: all ? moderationList(records) : moderationQueue(records) });
    },
  );

  app.get(
    `${consultationPath}/report`,
    documentRoute({
      summary: "The report on the consultation (`?format=json|html|md|csv`), public once published",
      auth: "optional",
      params,
      ok: [200, "Every comment once, with its answer, and the counts", z.unknown()],
      errors: [400, 404],
    }),
    validate("query", ReportQuery),
    async (c) => {
      const records = await recordsOf(store, c);
      const pid = records.consultation.partnershipId;
      const published = consultationState(records.consultation, new Date()) === "reported";
      if (!published && !allowed(c.get("principal"), "moderateComments", pid))
        throw new NotFoundError(`the report on ${records.consultation.id} is not published yet`);
      const report = consultationReport(records);
      const partnership = await store.get("partnerships", { partnershipId: pid, id: pid });
      const names = Object.fromEntries(partnership.members.map((m) => [m.id, m.name]));
      switch (c.req.valid("query").format) {
        case "html":
          return c.html(reportHtml(report, names));
        case "md":
          return c.body(reportMarkdown(report, names), 200, {
            "Content-Type": "text/markdown; charset=utf-8",
          });
        case "csv":
          return c.body(reportCsv(report, names), 200, { "Content-Type": "text/csv; charset=utf-8" });
        default:
          return c.json(report);
      }
    },
  );
}

function recordsOf(store: Store, c: Context<HandlerEnv>): Promise<ConsultationRecords> {
  return consultationRecords(store, c.req.param("pid") as string, c.req.param("cid") as string);
}

/** The comment of the path, in the consultation of the path. */
async function commentOf(store: Store, c: Context<HandlerEnv>): Promise<Comment> {
  return findComment(await recordsOf(store, c), c.req.param("commentId") as string);
}

function findComment(records: ConsultationRecords, id: string): Comment {
  const comment = records.comments.find((found) => found.id === id);
  if (!comment) throw new NotFoundError(`comment ${id} not found`);
  return comment;
}

/** The comment with a fresh edit secret's hash and the end of its edit window; the secret for its author. */
async function editableFor(store: Store, comment: Comment): Promise<{ comment: Comment; secret: string }> {
  const consultation = await store.get("consultations", {
    partnershipId: comment.partnershipId,
    id: comment.consultationId,
  });
  const minutes = consultation.editMinutes ?? defaultEditMinutes;
  const secret = randomSecret();
  const until = new Date(Date.now() + minutes * 60_000).toISOString();
  return { comment: { ...comment, edit: { keyHash: await sha256(secret), until } }, secret };
}

/** A reply answers a comment of the same consultation and target. */
async function checkReply(store: Store, reply: Comment): Promise<void> {
  const { comments } = await consultationRecords(store, reply.partnershipId, reply.consultationId);
  const parent = comments.find((found) => found.id === reply.replyTo);
  if (!parent || targetKey(parent.target) !== targetKey(reply.target))
    throw new ValidationError([{ path: "replyTo", message: "is not a comment on the same target" }]);
}

/** Stores one moderation step on the comment of the path, with the server's time and the caller's label. */
async function step(
  store: Store,
  c: Context<HandlerEnv>,
  action: ModerationStep["action"],
  details: Partial<Pick<ModerationStep, "reason" | "reporter" | "text" | "stance">> = {},
): Promise<ModerationStep> {
  const comment = await commentOf(store, c);
  const principal = c.get("principal");
  const moderation: ModerationStep = {
    id: crypto.randomUUID(),
    partnershipId: comment.partnershipId,
    consultationId: comment.consultationId,
    commentId: comment.id,
    action,
    at: new Date().toISOString(),
    ...Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined)),
    ...(action !== "report" && action !== "edit" && principal && { by: principal.label }),
  };
  await store.submit("moderation", moderation);
  return moderation;
}
