import { randomUUID } from "node:crypto";
import pg from "pg";

/** A database made for one test file; `drop` removes it with everything in it. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database on the server the global setup found, so test files can run in
 * parallel without seeing each other's tables.
 */
export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  // The name is ours, never input: safe to place in the SQL text (identifiers cannot be parameters).
  const name = uniqueName("cwd_test");
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

/** A fresh name for a database or schema: letters, digits and _ only. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll("-", "")}`;
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
