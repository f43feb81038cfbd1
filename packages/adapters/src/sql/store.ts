import {
  admitResponse,
  type CollectionName,
  ConflictError,
  checkFilter,
  checkKey,
  type DocumentKey,
  decodeCursor,
  encodeCursor,
  type KindDeclaration,
  kinds,
  listScope,
  NotFoundError,
  nextVersion,
  type Page,
  pageSize,
  parseDocument,
  parseSubmission,
  type Store,
  type SubmissionKind,
  type SubmissionOf,
  type SubmitResult,
  sameContent,
  scopeOf,
} from "@cwd/core";
import type { SqlDriver } from "./driver.js";
import { migrate } from "./migrations.js";
import { tablesIn } from "./tables.js";

export interface SqlStoreOptions {
  /** The PostgreSQL schema that holds the tables; `public` when absent. One store per schema. */
  schema?: string;
}

type DocumentRow = { id: string; data: Record<string, unknown>; version: number };
type SubmissionRow = { id: string; data: SubmissionOf<SubmissionKind> };

/**
 * A Store kept in SQL tables, on any driver that speaks PostgreSQL (PGlite or a server). Migrates
 * the schema before it returns. It follows the same core rules as the memory store; versions and
 * idempotency are enforced by the database itself, so several servers may share one database.
 * Closing the store closes the driver.
 *
 * @example
 * const store = await createSqlStore(pgliteDriver({ dataDir: ".cwd-data" }));
 */
export async function createSqlStore(driver: SqlDriver, options: SqlStoreOptions = {}): Promise<Store> {
  const schema = options.schema ?? "public";
  const t = tablesIn(schema);
  try {
    await migrate(driver, schema);
  } catch (error) {
    await driver.close();
    throw error;
  }
  const { query } = driver;
  let closing: Promise<void> | undefined;

  const get: Store["get"] = async (collection, key) => {
    checkKey(collection, key);
    const [row] = await query<DocumentRow>(
      `select id, data, version from ${t.documents} where collection = $1 and partnership_id = $2 and id = $3`,
      [collection, key.partnershipId, key.id],
    );
    if (!row) throw new NotFoundError(`${collection} ${key.id} not found`);
    return { ...row.data, version: row.version } as never;
  };

  /** Throws the ConflictError that explains why a guarded write touched no row. */
  async function refuseWrite(
    collection: CollectionName,
    key: DocumentKey,
    read: number | undefined,
  ): Promise<never> {
    const [row] = await query<{ version: number }>(
      `select version from ${t.documents} where collection = $1 and partnership_id = $2 and id = $3`,
      [collection, key.partnershipId, key.id],
    );
    const what = `${collection} ${key.id}`;
    nextVersion(row?.version, read, what);
    // nextVersion accepted the write, so the row changed between our write and this read.
    throw new ConflictError(`${what} changed while it was being written; reload and try again`, row?.version);
  }

  async function storedSubmission(kind: SubmissionKind, id: string) {
    const [row] = await query<Pick<SubmissionRow, "data">>(
      `select data from ${t.submissions} where kind = $1 and id = $2`,
      [kind, id],
    );
    return row?.data;
  }

  return {
    get,

    async list(collection, listQuery = {}) {
      const filter = checkFilter(collection, listQuery.filter);
      const partnershipId = listScope(collection, listQuery.partnershipId);
      return readPage(query, {
        from: t.documents,
        columns: "id, data, version",
        scope: partnershipId === undefined ? { collection } : { collection, partnership_id: partnershipId },
        filter,
        listQuery,
        toItem: (row: DocumentRow) => ({ ...row.data, version: row.version }),
      }) as never;
    },

    async put(collection, input) {
      const document = parseDocument(collection, input);
      const key = { partnershipId: scopeOf(collection, document), id: document.id };
      if (collection === "surveys") {
        await get("partnerships", { partnershipId: key.partnershipId, id: key.partnershipId });
      }
      const { version: read, ...data } = document;
      const json = JSON.stringify(data);
      const written =
        read === undefined
          ? await query<{ version: number }>(
              `insert into ${t.documents} (collection, partnership_id, id, version, data)
               values ($1, $2, $3, 1, $4::jsonb) on conflict do nothing returning version`,
              [collection, key.partnershipId, key.id, json],
            )
          : await query<{ version: number }>(
              `update ${t.documents} set version = version + 1, data = $4::jsonb, updated_at = now()
               where collection = $1 and partnership_id = $2 and id = $3 and version = $5 returning version`,
              [collection, key.partnershipId, key.id, json, read],
            );
      const version = written[0]?.version;
      if (version === undefined) return refuseWrite(collection, key, read);
      return { ...data, version } as never;
    },

    async submit(kind, input) {
      const submission = parseSubmission(kind, input);
      // A stored submission is answered before the survey is checked, so a retry succeeds even
      // after the survey has closed: the response was made while it was open.
      const before = await storedSubmission(kind, submission.id);
      if (before) return retried(before, submission);
      const survey = await get("surveys", {
        partnershipId: submission.partnershipId,
        id: submission.surveyId,
      });
      admitResponse(survey, submission);
      const inserted = await query(
        `insert into ${t.submissions} (kind, id, partnership_id, survey_id, data)
         values ($1, $2, $3, $4, $5::jsonb) on conflict do nothing returning id`,
        [kind, submission.id, submission.partnershipId, submission.surveyId, JSON.stringify(submission)],
      );
      if (inserted.length === 0) {
        // A parallel call with the same id won the insert.
        const winner = await storedSubmission(kind, submission.id);
        if (winner) return retried(winner, submission);
        throw new ConflictError(`submission ${submission.id} could not be stored; try again`);
      }
      return { submission, created: true } as SubmitResult<never>;
    },

    async listSubmissions(kind, listQuery) {
      const filter = checkFilter(kind, listQuery.filter);
      const partnershipId = listScope(kind, listQuery.partnershipId);
      return readPage(query, {
        from: t.submissions,
        columns: "id, data",
        scope: { kind, partnership_id: partnershipId },
        filter,
        // The parent's id has its own indexed column (survey_id), which a filter on it must use.
        filterColumns: parentColumn(kind),
        listQuery,
        toItem: (row: SubmissionRow) => row.data,
      }) as Promise<Page<never>>;
    },

    // Closing twice is harmless, as with a file handle: shutdown paths often overlap.
    close: () => {
      closing ??= driver.close();
      return closing;
    },
  } satisfies Store as Store;
}

interface PageRequest<Row, T> {
  from: string;
  columns: string;
  /** Column = value conditions that scope the list; column names come from this file only. */
  scope: Record<string, string>;
  /** Checked by core's checkFilter: each key is a whitelisted field of the stored JSON. */
  filter: Record<string, string | undefined>;
  /** Filter fields kept in a column of their own, which is used instead of the JSON. */
  filterColumns?: Record<string, string>;
  listQuery: { cursor?: string; limit?: number };
  toItem: (row: Row) => T;
}

/**
 * Reads one page in id order after the cursor, asking for one row more than the page holds: that
 * row only tells whether a next page exists. Every value goes in as a parameter.
 */
async function readPage<Row extends { id: string }, T>(
  query: SqlDriver["query"],
  request: PageRequest<Row, T>,
): Promise<Page<T>> {
  const size = pageSize(request.listQuery.limit);
  const after = request.listQuery.cursor === undefined ? undefined : decodeCursor(request.listQuery.cursor);
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const conditions = Object.entries(request.scope).map(([column, value]) => `${column} = ${param(value)}`);
  if (after !== undefined) conditions.push(`id > ${param(after)}`);
  for (const [field, value] of Object.entries(request.filter)) {
    if (value === undefined) continue;
    const column = request.filterColumns?.[field];
    conditions.push(
      column ? `${column} = ${param(value)}` : `data->>${param(field)}::text = ${param(value)}::text`,
    );
  }
  const rows = await query<Row>(
    `select ${request.columns} from ${request.from} where ${conditions.join(" and ")}
     order by id limit ${param(size + 1)}`,
    params,
  );
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  const nextCursor = rows.length > size && last ? encodeCursor(last.id) : undefined;
  return nextCursor === undefined
    ? { items: items.map(request.toItem) }
    : { items: items.map(request.toItem), nextCursor };
}

/** The column holding a submission's parent id (the survey a response answers), by filter field. */
function parentColumn(kind: SubmissionKind): Record<string, string> {
  const parent: KindDeclaration["parent"] = kinds[kind].parent;
  return parent ? { [parent.field]: "survey_id" } : {};
}

/** The answer to a submission whose id is stored already: a harmless retry, or a clash. */
function retried<T extends { id: string }>(stored: T, submission: T): SubmitResult<never> {
  if (!sameContent(stored, submission)) {
    throw new ConflictError(`submission ${submission.id} was stored with other content`);
  }
  return { submission: stored, created: false } as SubmitResult<never>;
}
