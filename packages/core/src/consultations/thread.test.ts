import { describe, expect, it } from "vitest";
import { aComment, anAnswer, aStep, diagnosisConsultation } from "./fixtures.js";
import { moderationList, moderationQueue, publicThread } from "./thread.js";

const before = { ...diagnosisConsultation, moderation: "before" as const };
const records = (over: Partial<Parameters<typeof publicThread>[0]> = {}) => ({
  consultation: diagnosisConsultation,
  comments: [],
  steps: [],
  answers: [],
  ...over,
});

describe("publicThread", () => {
  it("nests replies at most three levels deep", () => {
    const c1 = aComment({ submittedAt: "2026-11-10T10:00:00Z" });
    const c2 = aComment({ replyTo: c1.id, submittedAt: "2026-11-10T11:00:00Z" });
    const c3 = aComment({ replyTo: c2.id, submittedAt: "2026-11-10T12:00:00Z" });
    const c4 = aComment({ replyTo: c3.id, submittedAt: "2026-11-10T13:00:00Z" });
    const [root] = publicThread(records({ comments: [c4, c3, c2, c1] }));
    expect(root?.level).toBe(1);
    const level2 = root?.replies[0];
    expect(level2?.replies.map((r) => [r.id, r.level])).toEqual([
      [c3.id, 3],
      [c4.id, 3],
    ]);
  });

  it("shows a hidden comment as hidden with its reason and no text, and leaves out bots and awaiting ones", () => {
    const hidden = aComment({ submittedAt: "2026-11-10T10:00:00Z" });
    const bot = aComment({ website: "http://x.example" });
    const waiting = aComment();
    const replyToWaiting = aComment({ replyTo: waiting.id });
    const steps = [aStep(hidden, "hide", "2026-11-11T10:00:00Z", "wulgaryzmy")];
    const thread = publicThread(
      records({
        consultation: before,
        comments: [hidden, bot, waiting, replyToWaiting],
        steps: [...steps, aStep(hidden, "publish", "2026-11-10T12:00:00Z")],
      }),
    );
    expect(thread).toEqual([
      {
        id: hidden.id,
        level: 1,
        status: "hidden",
        submittedAt: hidden.submittedAt,
        reason: "wulgaryzmy",
        replies: [],
      },
    ]);
  });

  it("keeps to one target and attaches the official answer", () => {
    const onTransport = aComment({ target: { kind: "section", id: "transport" } });
    const onDemography = aComment();
    const answer = anAnswer(onTransport, "partly_accepted");
    const thread = publicThread(
      records({ comments: [onTransport, onDemography], answers: [answer] }),
      "section:transport",
    );
    expect(thread.map((e) => [e.id, e.answer?.position, e.comment?.text])).toEqual([
      [onTransport.id, "partly_accepted", onTransport.text],
    ]);
    expect(thread[0]?.comment).not.toHaveProperty("website");
  });
});

describe("moderationQueue", () => {
  it("holds awaiting and reported comments, never a bot's", () => {
    const waiting = aComment({ submittedAt: "2026-11-10T10:00:00Z" });
    const published = aComment({ submittedAt: "2026-11-10T11:00:00Z" });
    const reported = aComment({ submittedAt: "2026-11-10T12:00:00Z" });
    const bot = aComment({ website: "x" });
    const steps = [
      aStep(published, "publish", "2026-11-11T10:00:00Z"),
      aStep(reported, "publish", "2026-11-11T10:00:00Z"),
      aStep(reported, "report", "2026-11-12T10:00:00Z"),
    ];
    const queue = moderationQueue(
      records({ consultation: before, comments: [bot, reported, published, waiting], steps }),
    );
    expect(queue.map((q) => [q.comment.id, q.status.status, q.status.reports])).toEqual([
      [waiting.id, "awaiting", 0],
      [reported.id, "published", 1],
    ]);
  });
});

describe("moderationList", () => {
  it("holds every comment but a bot's, oldest first, hidden and awaiting ones with their answers", () => {
    const waiting = aComment({ submittedAt: "2026-11-10T10:00:00Z" });
    const hidden = aComment({ submittedAt: "2026-11-10T11:00:00Z" });
    const published = aComment({ submittedAt: "2026-11-10T12:00:00Z" });
    const bot = aComment({ website: "x" });
    const steps = [
      aStep(published, "publish", "2026-11-11T10:00:00Z"),
      aStep(hidden, "hide", "2026-11-11T10:00:00Z"),
    ];
    const answer = anAnswer(hidden);
    const list = moderationList(
      records({
        consultation: before,
        comments: [bot, published, hidden, waiting],
        steps,
        answers: [answer],
      }),
    );
    expect(list.map((item) => [item.comment.id, item.status.status, item.answer?.id])).toEqual([
      [waiting.id, "awaiting", undefined],
      [hidden.id, "hidden", answer.id],
      [published.id, "published", undefined],
    ]);
  });
});
