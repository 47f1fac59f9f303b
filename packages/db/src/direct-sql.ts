import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { PrismaClient } from "./generated/prisma/client";

/**
 * A parameterised query straight to the driver, bypassing Prisma's client engine. For the few
 * hand-written reads that run on every request (the session check): through `$queryRaw` the same
 * query cost about a third more CPU per API request (measured with `pnpm bench`'s workload).
 */
export type DirectSql = <Row extends Record<string, unknown>>(text: string, params: unknown[]) => Promise<Row[]>;

const TIMESTAMP_OID = 1114;

/** Prisma keeps DateTime values as UTC in `timestamp` columns; both drivers would read them as local time. */
function utcTimestamp(value: string): Date {
  return new Date(`${value.replace(" ", "T")}Z`);
}

export function directSqlFromPool(pool: pg.Pool): DirectSql {
  const types = {
    getTypeParser: ((oid: number, format?: "text" | "binary") =>
      oid === TIMESTAMP_OID ? utcTimestamp : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  return async (text, params) => (await pool.query({ text, values: params, types })).rows;
}

export function directSqlFromPGlite(open: () => Promise<PGlite>): DirectSql {
  const parsers = { [TIMESTAMP_OID]: utcTimestamp };
  return async <Row extends Record<string, unknown>>(text: string, params: unknown[]) =>
    (await (await open()).query<Row>(text, params, { parsers })).rows;
}

// On globalThis: the Next.js bundle and the API server may load this module twice in one process,
// and the database handle is created by whichever asks first.
const registry = ((globalThis as { soporteDirectSql?: WeakMap<PrismaClient, DirectSql> }).soporteDirectSql ??= new WeakMap());

export function registerDirectSql(db: PrismaClient, sql: DirectSql): void {
  registry.set(db, sql);
}

/** The driver path of the handle `db` belongs to; for any other client (a transaction), Prisma's raw query. */
export function directSql(db: Pick<PrismaClient, "$queryRawUnsafe">): DirectSql {
  return (registry as WeakMap<object, DirectSql>).get(db) ?? ((text, params) => db.$queryRawUnsafe(text, ...params));
}
