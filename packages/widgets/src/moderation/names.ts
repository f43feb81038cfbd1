import { type Comment, type Consultation, type Partnership, targetKey, targetLabel } from "@cwd/core";
import type { ConsultationClient } from "../comments/client.js";
import type { Lang } from "../internal/lang.js";

/** What a moderator reads in place of ids: the partnership's members and the consulted document. */
export interface Names {
  members: Partnership["members"];
  consultation?: Consultation;
}

/**
 * Loads the names once, both public: a part that fails leaves its ids shown as they are rather than
 * keeping the moderator from the queue.
 *
 * @example
 * const names = await loadNames(httpConsultationClient(api), "ziemia", "konsultacje-diagnozy");
 */
export async function loadNames(client: ConsultationClient, pid: string, cid: string): Promise<Names> {
  const [members, view] = await Promise.all([
    client.members(pid).catch(() => []),
    client.thread(pid, cid).catch(() => undefined),
  ]);
  return view ? { members, consultation: view.consultation } : { members };
}

/**
 * The member's (gmina's or powiat's) name, or its id when the partnership does not list it.
 *
 * @example
 * memberName(names, "gmina-klukowo") // "Gmina Klukowo"
 */
export function memberName(names: Names | undefined, id: string): string {
  return names?.members.find((member) => member.id === id)?.name ?? id;
}

/**
 * What a comment is about, in words: its section's title (and paragraph number) in the consulted
 * document, else `kind:id` (a goal or project, or the document not loaded).
 *
 * @example
 * targetName(names, { kind: "paragraph", id: "transport-1" }, "pl") // "1. Transport, akapit 1"
 */
export function targetName(names: Names | undefined, target: Comment["target"], lang: Lang): string {
  return names?.consultation ? targetLabel(names.consultation, target, lang) : targetKey(target);
}
