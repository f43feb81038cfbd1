/** Qualified, quoted names of the store's tables in one PostgreSQL schema. */
export interface Tables {
  schema: string;
  migrations: string;
  documents: string;
  submissions: string;
  tokens: string;
  audit: string;
}

// Schema names end up inside SQL text (identifiers cannot be parameters), so only plain names pass.
const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The table names of a store kept in `schema`.
 *
 * @example
 * tablesIn("public").documents // "\"public\".documents"
 */
export function tablesIn(schema: string): Tables {
  if (!schemaName.test(schema)) {
    throw new Error(`schema name ${JSON.stringify(schema)} must be lower-case letters, digits and _`);
  }
  const quoted = `"${schema}"`;
  return {
    schema: quoted,
    migrations: `${quoted}.cwd_migrations`,
    documents: `${quoted}.documents`,
    submissions: `${quoted}.submissions`,
    tokens: `${quoted}.tokens`,
    audit: `${quoted}.audit`,
  };
}
