import { describe, expect, it } from "vitest";
import { atomFeed } from "./feed.js";
import { aComment, anAnswer, aStep, diagnosisConsultation } from "./fixtures.js";
import { publicThread } from "./thread.js";

describe("atomFeed", () => {
  const source = {
    url: "https://example.gov.pl/api/partnerships/p/consultations/c/feed.atom",
    pageUrl: "https://example.gov.pl/konsultacje",
    title: diagnosisConsultation.title,
    fallbackUpdated: diagnosisConsultation.noticeAt,
  };

  it("has one entry per published comment and answer, newest first, escaped, hidden ones left out", () => {
    const first = aComment({ text: "<script>x</script>", submittedAt: "2026-11-10T10:00:00Z" });
    const hidden = aComment({ submittedAt: "2026-11-11T10:00:00Z" });
    const thread = publicThread({
      consultation: diagnosisConsultation,
      comments: [first, hidden],
      steps: [aStep(hidden, "hide", "2026-11-12T10:00:00Z", "spam")],
      answers: [anAnswer(first)],
    });
    const xml = atomFeed(source, thread);
    const ids = [...xml.matchAll(/<entry><id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual([`urn:uuid:${first.id}:answer`, `urn:uuid:${first.id}`]);
    expect(xml).toContain("&#60;script&#62;x&#60;/script&#62;");
    expect(xml).toContain("<updated>2026-12-20T10:00:00Z</updated>");
  });

  it("is a valid empty feed before the first comment", () => {
    const xml = atomFeed(source, []);
    expect(xml).toContain(`<updated>${diagnosisConsultation.noticeAt}</updated>`);
    expect(xml).not.toContain("<entry>");
  });
});
