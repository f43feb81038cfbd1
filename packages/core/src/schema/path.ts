/** `["members", 3, "terc"]` → `members.3.terc`. */
export function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}
