import type { SqlDriver } from "./driver.js";
import { type Tables, tablesIn } from "./tables.js";

/** One step of the database layout. Versions only grow; a released migration is never edited. */
export interface Migration {
  version: number;
  name: string;
  statements: (tables: Tables) => string[];
}

// Ids are compared with COLLATE "C" so that the database orders them as JavaScript does (by code
// unit), which keeps cursors and page order identical to the memory store.
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "documents and submissions",
    statements: (t) => [
      `create table ${t.documents} (
        collection text not null,
        partnership_id text collate "C" not null,
        id text collate "C" not null,
        version integer not null check (version >= 1),
        data jsonb not null,
        updated_at timestamptz not null default now(),
        primary key (collection, partnership_id, id)
      )`,
      // Submission ids are client-made UUIDs, kept as text so that they compare exactly as sent.
      // survey_id is null for kinds that answer no survey (ballots, assessments).
      `create table ${t.submissions} (
        kind text not null,
        id text collate "C" not null,
        partnership_id text collate "C" not null,
        survey_id text collate "C",
        data jsonb not null,
        received_at timestamptz not null default now(),
        primary key (kind, id)
      )`,
      `create index on ${t.submissions} (kind, partnership_id, id)`,
      `create index on ${t.submissions} (kind, partnership_id, survey_id)`,
    ],
  },
  {
    version: 2,
    name: "tokens and audit trail",
    statements: (t) => [
      // Only the SHA-256 of a token is kept; the token itself is shown once when it is made.
      `create table ${t.tokens} (
        id text collate "C" primary key,
        hash text not null unique,
        label text not null,
        role text not null,
        partnership_id text collate "C",
        created_at timestamptz not null,
        expires_at timestamptz,
        revoked_at timestamptz
      )`,
      `create table ${t.audit} (
        seq bigint generated always as identity primary key,
        partnership_id text collate "C" not null,
        kind text not null,
        id text collate "C" not null,
        version integer not null,
        action text not null,
        at timestamptz not null,
        by_label text not null,
        by_token_id text
      )`,
      `create index on ${t.audit} (partnership_id, seq)`,
    ],
  },
];

/**
 * Brings the tables in `schema` up to the newest migration and returns the versions it applied.
 * Safe when several servers start at once on one database: they queue on an advisory lock, and
 * each migration is recorded in `cwd_migrations` in the same transaction that applies it.
 *
 * @example
 * await migrate(postgresDriver(url)) // [1] the first time, [] afterwards
 */
export async function migrate(driver: SqlDriver, schema = "public"): Promise<number[]> {
  const t = tablesIn(schema);
  return driver.transaction(async (query) => {
    // Held until commit, so a second server waits here and then finds the work done.
    await query("select pg_advisory_xact_lock(hashtext($1))", [`cwd_migrations:${schema}`]);
    // CREATE SCHEMA IF NOT EXISTS would still need the right to create schemas, which a
    // hosted database's user often lacks for `public`; ask first.
    const schemas = await query("select 1 from pg_namespace where nspname = $1", [schema]);
    if (schemas.length === 0) await query(`create schema ${t.schema}`);
    await query(
      `create table if not exists ${t.migrations} (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`,
    );
    const rows = await query<{ version: number }>(`select version from ${t.migrations}`);
    const applied = new Set(rows.map((row) => row.version));
    const newest = migrations[migrations.length - 1]?.version ?? 0;
    const unknown = [...applied].filter((version) => version > newest);
    if (unknown.length > 0) {
      throw new Error(
        `the database in schema ${schema} has migration ${Math.max(...unknown)}, newer than this ` +
          `version of @cwd/adapters knows (${newest}); upgrade it before using this database`,
      );
    }
    const pending = migrations.filter((migration) => !applied.has(migration.version));
    for (const migration of pending) {
      for (const statement of migration.statements(t)) await query(statement);
      await query(`insert into ${t.migrations} (version, name) values ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    }
    return pending.map((migration) => migration.version);
  });
}
