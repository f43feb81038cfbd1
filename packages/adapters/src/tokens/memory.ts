import { decodeCursor, encodeCursor, pageSize } from "@cwd/core";
import type { AuditEntry, StoredToken } from "./schemas.js";
import { type TokenStore, withoutHash } from "./store.js";

/**
 * Tokens and the audit trail in memory: for tests and for a handler over the memory store.
 *
 * @example
 * const handler = createHandler(store, { adminToken, tokens: createMemoryTokenStore() });
 */
export function createMemoryTokenStore(): TokenStore {
  const tokens = new Map<string, StoredToken>();
  const trail: AuditEntry[] = [];
  return {
    async insert(token) {
      tokens.set(token.id, structuredClone(token));
    },
    async findByHash(hash) {
      const found = [...tokens.values()].find((token) => token.hash === hash);
      return found && structuredClone(found);
    },
    async list() {
      return [...tokens.values()].map(withoutHash);
    },
    async revoke(id, at) {
      const token = tokens.get(id);
      if (!token) return undefined;
      token.revokedAt ??= at;
      return withoutHash(token);
    },
    async record(entry) {
      trail.push(structuredClone(entry));
    },
    async audit(partnershipId, query) {
      // The cursor holds the position in the trail after the last entry handed out.
      const size = pageSize(query.limit);
      const after = query.cursor === undefined ? 0 : Number(decodeCursor(query.cursor));
      const positions = trail
        .map((entry, index) => ({ entry, position: index + 1 }))
        .filter(({ entry, position }) => position > after && entry.partnershipId === partnershipId);
      const page = positions.slice(0, size);
      const last = page[page.length - 1];
      const items = page.map(({ entry }) => structuredClone(entry));
      return positions.length > size && last
        ? { items, nextCursor: encodeCursor(String(last.position)) }
        : { items };
    },
  };
}
