import type { Member, Partnership } from "../schema/partnership.js";

/**
 * The answers a `member` question offers: the partnership's gminy, in the order it lists them. The
 * powiat is left out, since every resident lives in exactly one gmina.
 *
 * @example
 * surveyMembers(partnership).map((m) => m.id) // ["miasto-wysokie-mazowieckie", "gmina-ciechanowiec", …]
 */
export function surveyMembers(partnership: Pick<Partnership, "members">): Member[] {
  return partnership.members.filter((member) => member.kind !== "powiat");
}
