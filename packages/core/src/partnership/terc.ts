/**
 * TERYT TERC codes (Krajowy Rejestr Urzędowy Podziału Terytorialnego Kraju):
 * WOJ(2) POW(2) for a powiat, WOJ(2) POW(2) GMI(2) RODZ(1) for a gmina.
 */

/** Kinds of local government a partnership is made of (rodzaj jednostki). */
export const memberKinds = [
  "powiat",
  "gmina_miejska",
  "gmina_wiejska",
  "gmina_miejsko_wiejska",
  "miasto_na_prawach_powiatu",
] as const;
type MemberKind = (typeof memberKinds)[number];

/** The RODZ digit that closes a gmina's TERC code, by kind. */
const rodzByKind: Record<Exclude<MemberKind, "powiat">, string> = {
  gmina_miejska: "1",
  gmina_wiejska: "2",
  gmina_miejsko_wiejska: "3",
  miasto_na_prawach_powiatu: "1",
};

/** Voivodeship codes run 02, 04 … 32. */
function isVoivodeshipCode(code: string): boolean {
  const n = Number(code);
  return Number.isInteger(n) && n >= 2 && n <= 32 && n % 2 === 0;
}

/**
 * Says what is wrong with a TERC code for a member of the given kind, or `undefined` when it fits.
 *
 * @example
 * checkTerc("2013011", "gmina_miejska") // undefined
 * checkTerc("2013012", "gmina_miejska") // "a gmina miejska's TERC code ends in 1 (RODZ), not 2"
 */
export function checkTerc(terc: string, kind: MemberKind): string | undefined {
  const expectedLength = kind === "powiat" ? 4 : 7;
  if (!new RegExp(`^\\d{${expectedLength}}$`).test(terc)) {
    return `a ${kindLabel(kind)}'s TERC code has ${expectedLength} digits`;
  }
  if (!isVoivodeshipCode(terc.slice(0, 2)))
    return `${terc.slice(0, 2)} is not a voivodeship code (02, 04 … 32)`;
  const powiat = Number(terc.slice(2, 4));
  if (powiat === 0) return "the powiat part (digits 3-4) cannot be 00";
  // Cities with powiat rights carry powiat codes from 61 upwards; ordinary powiats stay below.
  if (kind === "miasto_na_prawach_powiatu" && powiat < 61) {
    return "a miasto na prawach powiatu has a powiat part (digits 3-4) of 61 or more";
  }
  if (kind !== "miasto_na_prawach_powiatu" && powiat >= 61) {
    return `powiat part ${terc.slice(2, 4)} belongs to a miasto na prawach powiatu`;
  }
  if (kind === "powiat") return undefined;
  const rodz = terc.slice(6, 7);
  if (rodz !== rodzByKind[kind]) {
    return `a ${kindLabel(kind)}'s TERC code ends in ${rodzByKind[kind]} (RODZ), not ${rodz}`;
  }
  if (terc.slice(4, 6) === "00") return "the gmina part (digits 5-6) cannot be 00";
  return undefined;
}

/** The powiat (WOJ+POW) a TERC code lies in. */
export function powiatOf(terc: string): string {
  return terc.slice(0, 4);
}

function kindLabel(kind: MemberKind): string {
  return kind.replaceAll("_", " ");
}
