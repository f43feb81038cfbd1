import {
  createStore,
  type DriverDocument,
  type DriverListRequest,
  type KindDeclaration,
  kinds,
  type Store,
  type StoreDriver,
  type SubmissionKind,
} from "@cwd/core";
import type { SqlDriver } from "./driver.js";
import { migrate } from "./migrations.js";
import { type Tables, tablesIn } from "./tables.js";

export interface SqlStoreOptions {
  /** The PostgreSQL schema that holds the tables; `public` when absent. One store per schema. */
  schema?: string;
}

type DocumentRow = { id: string; data: object; version: number };

/**
 * A Store kept in SQL tables, on any driver that speaks PostgreSQL (PGlite or a server). Migrates
 * the schema before it returns. The rules are core's `createStore`; versions and idempotency are
 * enforced by the database itself (guarded updates, primary keys), so several servers may share one
 * database. Closing the store closes the driver.
 *
 * @example
 * const store = await createSqlStore(pgliteDriver({ dataDir: ".cwd-data" }));
 */
export async function createSqlStore(driver: SqlDriver, options: SqlStoreOptions = {}): Promise<Store> {
  const schema = options.schema ?? "public";
  try {
    await migrate(driver, schema);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return createStore(sqlStoreDriver(driver, schema));
}

/** The Store primitives as SQL statements over the tables of one schema. */
function sqlStoreDriver(driver: SqlDriver, schema: string): StoreDriver {
  const t = tablesIn(schema);
  const { query } = driver;
  let closing: Promise<void> | undefined;

  return {
    async getDocument(kind, key) {
      const [row] = await query<DocumentRow>(
        `select data, version from ${t.documents} where collection = $1 and partnership_id = $2 and id = $3`,
        [kind, key.partnershipId, key.id],
      );
      return row && { data: row.data, version: row.version };
    },

    async insertDocument(kind, key, data) {
      const rows = await query(
        `insert into ${t.documents} (collection, partnership_id, id, version, data)
         values ($1, $2, $3, 1, $4::jsonb) on conflict do nothing returning id`,
        [kind, key.partnershipId, key.id, JSON.stringify(data)],
      );
      return rows.length === 1;
    },

    async updateDocument(kind, key, data, version) {
      const rows = await query(
        `update ${t.documents} set version = version + 1, data = $4::jsonb, updated_at = now()
         where collection = $1 and partnership_id = $2 and id = $3 and version = $5 returning id`,
        [kind, key.partnershipId, key.id, JSON.stringify(data), version],
      );
      return rows.length === 1;
    },

    async listDocuments(kind, request) {
      const scope: Record<string, string> = { collection: kind };
      if (request.partnershipId !== undefined) scope.partnership_id = request.partnershipId;
      const rows = await readRows<DocumentRow>(query, t.documents, "data, version", scope, request);
      return rows.map((row): DriverDocument => ({ data: row.data, version: row.version }));
    },

    async getSubmission(kind, id) {
      const [row] = await query<{ data: object }>(
        `select data from ${t.submissions} where kind = $1 and id = $2`,
        [kind, id],
      );
      return row?.data;
    },

    async insertSubmission(kind, submission, condition) {
      const json = JSON.stringify(submission);
      const values = [kind, submission.id, submission.partnershipId, parentId(kind, submission), json];
      const parent = condition.parent;
      if (parent?.limit !== undefined) return insertWithinLimit(driver, t, values, parent);
      // One statement: stored only while the parent is at the version admission was decided on.
      const rows = parent
        ? await query(
            `insert into ${t.submissions} (kind, id, partnership_id, survey_id, data)
             select $1, $2, $3, $4, $5::jsonb where exists (
               select 1 from ${t.documents}
               where collection = $6 and partnership_id = $7 and id = $8 and version = $9
             ) on conflict do nothing returning id`,
            [...values, parent.kind, parent.key.partnershipId, parent.key.id, parent.version],
          )
        : await query(
            `insert into ${t.submissions} (kind, id, partnership_id, survey_id, data)
             values ($1, $2, $3, $4, $5::jsonb) on conflict do nothing returning id`,
            values,
          );
      if (rows.length === 1) return "inserted";
      const [stored] = await query(`select 1 from ${t.submissions} where kind = $1 and id = $2`, [
        kind,
        submission.id,
      ]);
      return stored ? "exists" : "parent_changed";
    },

    async listSubmissions(kind, request) {
      const scope = { kind, partnership_id: request.partnershipId };
      const rows = await readRows<{ id: string; data: object }>(
        query,
        t.submissions,
        "data",
        scope,
        request,
        {
          // The parent's id has its own indexed column, which a filter on it uses.
          ...parentColumn(kind),
        },
      );
      return rows.map((row) => row.data);
    },

    // Closing twice is harmless, as with a file handle: shutdown paths often overlap.
    close: () => {
      closing ??= driver.close();
      return closing;
    },
  };
}

/**
 * Stores a submission only while its parent is at the version read and fewer than `limit`
 * submissions answer it. The parent's row is locked first (`for update`), so racing inserts for one
 * parent queue there; each then counts in a statement that starts after the lock is granted, and so
 * sees the rows the one before it committed (PostgreSQL's read committed takes a snapshot per
 * statement). A count and an insert in one statement would not: both could count the same rows.
 */
async function insertWithinLimit(
  driver: SqlDriver,
  t: Tables,
  values: unknown[],
  parent: { kind: string; key: { partnershipId: string; id: string }; version: number; limit?: number },
): Promise<"inserted" | "exists" | "parent_changed" | "full"> {
  const [kind, id, partnershipId, parentId] = values;
  return driver.transaction(async (query) => {
    if ((await query(`select 1 from ${t.submissions} where kind = $1 and id = $2`, [kind, id])).length > 0)
      return "exists";
    const [locked] = await query<{ version: number }>(
      `select version from ${t.documents} where collection = $1 and partnership_id = $2 and id = $3 for update`,
      [parent.kind, parent.key.partnershipId, parent.key.id],
    );
    if (locked?.version !== parent.version) return "parent_changed";
    const [counted] = await query<{ n: number }>(
      `select count(*)::int as n from ${t.submissions} where kind = $1 and partnership_id = $2 and survey_id = $3`,
      [kind, partnershipId, parentId],
    );
    if ((counted?.n ?? 0) >= (parent.limit as number)) return "full";
    const rows = await query(
      `insert into ${t.submissions} (kind, id, partnership_id, survey_id, data)
       values ($1, $2, $3, $4, $5::jsonb) on conflict do nothing returning id`,
      values,
    );
    return rows.length === 1 ? "inserted" : "exists";
  });
}

/** The parent field of a submission kind, kept in the `survey_id` column (responses: `surveyId`). */
function parentField(kind: SubmissionKind): string | undefined {
  const parent: KindDeclaration["parent"] = kinds[kind].parent;
  return parent?.field;
}

function parentId(kind: SubmissionKind, submission: Record<string, unknown>): string | null {
  const field = parentField(kind);
  return field ? (submission[field] as string) : null;
}

function parentColumn(kind: SubmissionKind): Record<string, string> {
  const field = parentField(kind);
  return field ? { [field]: "survey_id" } : {};
}

/**
 * Reads up to `request.limit` rows in id order after `request.after`, scoped by column = value pairs
 * (column names come from this file only) and filtered on the stored JSON, or on a column where one
 * holds the field. Every value goes in as a parameter.
 */
async function readRows<Row>(
  query: SqlDriver["query"],
  table: string,
  columns: string,
  scope: Record<string, string>,
  request: DriverListRequest,
  filterColumns: Record<string, string> = {},
): Promise<Row[]> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const conditions = Object.entries(scope).map(([column, value]) => `${column} = ${param(value)}`);
  if (request.after !== undefined) conditions.push(`id > ${param(request.after)}`);
  for (const [field, value] of Object.entries(request.filter)) {
    const column = filterColumns[field];
    conditions.push(
      column ? `${column} = ${param(value)}` : `data->>${param(field)}::text = ${param(value)}::text`,
    );
  }
  return query<Row>(
    `select ${columns} from ${table} where ${conditions.join(" and ")} order by id limit ${param(request.limit)}`,
    params,
  );
}
