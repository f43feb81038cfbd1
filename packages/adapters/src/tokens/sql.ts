import { decodeCursor, encodeCursor, pageSize, type Role } from "@cwd/core";
import type { SqlDriver } from "../sql/driver.js";
import { migrate } from "../sql/migrations.js";
import { tablesIn } from "../sql/tables.js";
import type { AuditEntry, TokenInfo } from "./schemas.js";
import type { TokenStore } from "./store.js";

type TokenRow = {
  id: string;
  hash: string;
  label: string;
  role: Role;
  partnership_id: string | null;
  created_at: Date | string;
  expires_at: Date | string | null;
  revoked_at: Date | string | null;
};

type AuditRow = {
  seq: string;
  partnership_id: string;
  kind: string;
  id: string;
  version: number;
  action: AuditEntry["action"];
  at: Date | string;
  by_label: string;
  by_token_id: string | null;
};

/**
 * Tokens and the audit trail in the SQL tables beside a SQL store, on the same driver (PGlite keeps
 * one process per data folder, so the two must share it). Migrates the schema first. Every lookup
 * goes to the database, so a token revoked by any server is refused on its next request. Closing
 * the Store closes the driver; this has nothing of its own to close.
 *
 * @example
 * const driver = pgliteDriver({ dataDir: ".cwd-data" });
 * const store = await createSqlStore(driver);
 * const tokens = await createSqlTokenStore(driver);
 */
export async function createSqlTokenStore(
  driver: SqlDriver,
  options: { schema?: string } = {},
): Promise<TokenStore> {
  const schema = options.schema ?? "public";
  const t = tablesIn(schema);
  await migrate(driver, schema);
  const { query } = driver;
  const columns = "id, hash, label, role, partnership_id, created_at, expires_at, revoked_at";

  return {
    async insert(token) {
      await query(`insert into ${t.tokens} (${columns}) values ($1, $2, $3, $4, $5, $6, $7, $8)`, [
        token.id,
        token.hash,
        token.label,
        token.role,
        token.partnershipId ?? null,
        token.createdAt,
        token.expiresAt ?? null,
        token.revokedAt ?? null,
      ]);
    },
    async findByHash(hash) {
      const [row] = await query<TokenRow>(`select ${columns} from ${t.tokens} where hash = $1`, [hash]);
      return row && { ...tokenInfo(row), hash: row.hash };
    },
    async list() {
      const rows = await query<TokenRow>(`select ${columns} from ${t.tokens} order by created_at, id`);
      return rows.map(tokenInfo);
    },
    async revoke(id, at) {
      const [row] = await query<TokenRow>(
        `update ${t.tokens} set revoked_at = coalesce(revoked_at, $2) where id = $1 returning ${columns}`,
        [id, at],
      );
      return row && tokenInfo(row);
    },
    async record(entry) {
      await query(
        `insert into ${t.audit} (partnership_id, kind, id, version, action, at, by_label, by_token_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          entry.partnershipId,
          entry.kind,
          entry.id,
          entry.version,
          entry.action,
          entry.at,
          entry.by.label,
          entry.by.tokenId ?? null,
        ],
      );
    },
    async audit(partnershipId, page) {
      const size = pageSize(page.limit);
      const after = page.cursor === undefined ? "0" : decodeCursor(page.cursor);
      const rows = await query<AuditRow>(
        `select seq::text as seq, partnership_id, kind, id, version, action, at, by_label, by_token_id
         from ${t.audit} where partnership_id = $1 and seq > $2::bigint order by seq limit $3`,
        [partnershipId, after, size + 1],
      );
      const items = rows.slice(0, size);
      const last = items[items.length - 1];
      const entries = items.map(auditEntry);
      return rows.length > size && last
        ? { items: entries, nextCursor: encodeCursor(last.seq) }
        : { items: entries };
    },
  };
}

function tokenInfo(row: TokenRow): TokenInfo {
  return {
    id: row.id,
    label: row.label,
    role: row.role,
    ...(row.partnership_id !== null && { partnershipId: row.partnership_id }),
    createdAt: instant(row.created_at),
    ...(row.expires_at !== null && { expiresAt: instant(row.expires_at) }),
    ...(row.revoked_at !== null && { revokedAt: instant(row.revoked_at) }),
  };
}

function auditEntry(row: AuditRow): AuditEntry {
  return {
    partnershipId: row.partnership_id,
    kind: row.kind,
    id: row.id,
    version: row.version,
    action: row.action,
    at: instant(row.at),
    by: { label: row.by_label, ...(row.by_token_id !== null && { tokenId: row.by_token_id }) },
  };
}

/** Drivers give timestamps as Date objects (or text); the API speaks ISO instants in UTC. */
function instant(value: Date | string): string {
  return new Date(value).toISOString();
}
