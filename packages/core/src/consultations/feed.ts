import type { LocalisedText } from "../schema/common.js";
import type { ThreadEntry } from "./thread.js";

/** What a feed is about and where it lives. */
export interface FeedSource {
  /** The feed's own address, also its id. */
  url: string;
  /** The page a reader opens to read and comment. */
  pageUrl: string;
  title: LocalisedText;
  /** When its newest entry happened; when there are none, when the consultation was announced. */
  fallbackUpdated: string;
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  text: string;
}

function entriesOf(thread: readonly ThreadEntry[]): FeedEntry[] {
  return thread.flatMap((e): FeedEntry[] => [
    ...(e.comment
      ? [
          {
            id: `urn:uuid:${e.id}`,
            title: `Uwaga: ${e.comment.name ?? "anonimowa"}`,
            updated: e.submittedAt,
            text: e.comment.text,
          },
        ]
      : []),
    ...(e.answer
      ? [
          {
            id: `urn:uuid:${e.id}:answer`,
            title: "Odpowiedź partnerstwa",
            updated: e.answer.answeredAt,
            text: e.answer.justification.pl,
          },
        ]
      : []),
    ...entriesOf(e.replies),
  ]);
}

/**
 * An Atom feed (RFC 4287) of a public thread: each published comment and each official answer,
 * newest first, so a municipal site or a reader follows a consultation without an account. Hidden
 * comments are not entries.
 *
 * @example
 * atomFeed(source, publicThread(records)) // '<?xml version="1.0" encoding="utf-8"?><feed …'
 */
export function atomFeed(source: FeedSource, thread: readonly ThreadEntry[]): string {
  const entries = entriesOf(thread).sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated));
  const updated = entries[0]?.updated ?? source.fallbackUpdated;
  const body = entries.map(
    (e) =>
      `<entry><id>${xml(e.id)}</id><title>${xml(e.title)}</title><updated>${xml(e.updated)}</updated><link href="${xml(source.pageUrl)}"/><content type="text">${xml(e.text)}</content></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>${xml(source.url)}</id><title>${xml(source.title.pl)}</title><updated>${xml(updated)}</updated><link rel="self" href="${xml(source.url)}"/><link href="${xml(source.pageUrl)}"/><author><name>${xml(source.title.pl)}</name></author>
${body.join("\n")}
</feed>
`;
}
