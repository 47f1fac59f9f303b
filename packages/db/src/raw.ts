import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** The little that migrations, health checks and benchmarks need from either database. */
export type RawDb = {
  /** Runs a whole script (several statements, no parameters). */
  exec(sql: string): Promise<void>;
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
};

export function rawFromPGlite(db: PGlite, close: () => Promise<void> = async () => {}): RawDb {
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      (await db.query<Row>(sql, params)).rows,
    close,
  };
}

export async function rawFromUrl(connectionString: string): Promise<RawDb> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      (await client.query<Row>(sql, params)).rows,
    close: () => client.end(),
  };
}
