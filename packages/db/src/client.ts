import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { directSqlFromPGlite, directSqlFromPool, registerDirectSql } from "./direct-sql";
import { readDbEnv, type DbEnv } from "./env";
import { PrismaClient } from "./generated/prisma/client";
import { migrate } from "./migrate";
import { closableListen, listenFromPGlite, listenFromUrl, registerListen } from "./notifications";
import { createPGlite, lockDataDir, type PGliteSource } from "./pglite";
import { rawFromPGlite, rawFromUrl, type RawDb } from "./raw";

export type Db = PrismaClient;
type AdapterFactory = NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"] & {};

/** Opens the embedded database on first use (never at import time: `next build` imports modules),
 * migrating it to the current schema. */
function embeddedFactory(open: () => Promise<PGlite>): AdapterFactory {
  let opened: Promise<PGlite> | undefined;
  const pglite = () => (opened ??= open());
  return {
    provider: "postgres",
    adapterName: "pglite",
    connect: async () => new PrismaPGlite(await pglite()).connect(),
  } as AdapterFactory;
}

type HandleBase = {
  db: Db;
  /** Raw SQL on the same database (for PGlite, on the same instance). */
  raw: () => Promise<RawDb>;
  close: () => Promise<void>;
};
export type DbHandle =
  | (HandleBase & { kind: "postgresql" })
  | (HandleBase & { kind: "embedded"; pglite: () => Promise<PGlite> });

export function connectPostgres(databaseUrl: string, poolSize = 10): DbHandle {
  // One pool for Prisma and the direct queries.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle connection that dies (a server restart, a failover, a dropped test database) is an
  // 'error' event on the pool, which would crash the process unheard. pg discards that client and
  // the next query opens a new one: a warning is all it needs.
  pool.on("error", (error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`, "SoporteDatabaseWarning"));
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  registerDirectSql(db, directSqlFromPool(pool));
  const notifications = closableListen(
    listenFromUrl(databaseUrl, (message) => process.emitWarning(message, "SoporteDatabaseWarning")),
  );
  registerListen(db, notifications.listen);
  const close = async () => {
    await notifications.stopAll();
    await db.$disconnect();
    if (!pool.ended) await pool.end();
  };
  return { db, kind: "postgresql", raw: () => rawFromUrl(databaseUrl), close };
}

export function connectEmbedded(source: PGliteSource): DbHandle {
  let instance: Promise<PGlite> | undefined;
  let release = () => {};
  const open = () =>
    (instance ??= (async () => {
      const onDisk = "dataDir" in source && !source.dataDir.startsWith("memory://");
      release = onDisk ? lockDataDir(source.dataDir) : () => {};
      try {
        const pg = await createPGlite(source);
        await migrate(rawFromPGlite(pg));
        return pg;
      } catch (error) {
        release();
        throw error;
      }
    })());
  const db = new PrismaClient({ adapter: embeddedFactory(open) });
  registerDirectSql(db, directSqlFromPGlite(open));
  const notifications = closableListen(listenFromPGlite(open));
  registerListen(db, notifications.listen);
  return {
    db,
    kind: "embedded",
    raw: async () => rawFromPGlite(await open()),
    pglite: open,
    close: async () => {
      await notifications.stopAll();
      await db.$disconnect();
      if (instance) await (await instance).close();
      // Closed, the folder is free for another process (the lock otherwise lasts until this one exits).
      release();
    },
  };
}

export function connectFromEnv(env: DbEnv = readDbEnv()): DbHandle {
  return env.databaseUrl ? connectPostgres(env.databaseUrl) : connectEmbedded({ dataDir: env.pgliteDir });
}

const globalForDb = globalThis as unknown as { soporteDb?: DbHandle };

/** The process's one database handle, chosen by DATABASE_URL / PGLITE_DIR. */
export function getDbHandle(): DbHandle {
  return (globalForDb.soporteDb ??= connectFromEnv());
}
