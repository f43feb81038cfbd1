// The secrets that let this device edit its own comments for a while. They live in localStorage so a
// reload keeps them; each goes once its window has ended.

/** One comment's edit secret and the end of its edit window (an ISO instant). */
export interface EditSecret {
  secret: string;
  until: string;
}

const keyOf = (commentId: string) => `cwd-comment-edit:${commentId}`;

/** Keeps the secret the server handed back for a comment this device sent. */
export function keepEditSecret(commentId: string, held: EditSecret): void {
  localStorage.setItem(keyOf(commentId), JSON.stringify(held));
}

/**
 * The edit secret this device holds for a comment while its window lasts at `now`; an ended one is
 * removed.
 *
 * @example
 * editSecretOf(entry.id, new Date()) // { secret: "9f…", until: "2026-02-01T10:15:00.000Z" } or undefined
 */
export function editSecretOf(commentId: string, now: Date): EditSecret | undefined {
  const stored = localStorage.getItem(keyOf(commentId));
  if (stored === null) return undefined;
  const held = JSON.parse(stored) as EditSecret;
  if (Date.parse(held.until) > now.getTime()) return held;
  localStorage.removeItem(keyOf(commentId));
  return undefined;
}
