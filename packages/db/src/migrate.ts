import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { migrationsDir } from "./env";
import type { RawDb } from "./raw";

// Applies prisma/migrations in order and records them in Prisma's own _prisma_migrations table
// (same columns and checksums), so `prisma migrate status` and this agree. It runs the same way
// on PostgreSQL and PGlite, without Prisma's schema engine.

const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// The key Prisma itself uses, so this and `prisma migrate deploy` never run at the same time.
const ADVISORY_LOCK_KEY = 72707369;

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = migrationsDir()): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null };

async function appliedMigrations(db: RawDb): Promise<AppliedRow[]> {
  const [table] = await db.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`,
  );
  if (!table?.exists) return [];
  return db.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
}

/** Names of the migrations in the repository that the database has not applied yet. */
export async function pendingMigrations(db: RawDb, migrations = readMigrations()): Promise<string[]> {
  const applied = new Set((await appliedMigrations(db)).filter((row) => row.finished_at).map((row) => row.migration_name));
  return migrations.filter((m) => !applied.has(m.name)).map((m) => m.name);
}

export async function migrate(db: RawDb, migrations = readMigrations()): Promise<string[]> {
  await db.exec(`SELECT pg_advisory_lock(${ADVISORY_LOCK_KEY})`);
  try {
    await db.exec(MIGRATIONS_TABLE);
    const applied = new Map((await appliedMigrations(db)).map((row) => [row.migration_name, row]));
    const done: string[] = [];
    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row?.finished_at) {
        if (row.checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was changed after it was applied. Create a new migration instead.`);
        }
        continue;
      }
      if (row) throw new Error(`Migration ${migration.name} failed earlier and needs manual repair.`);
      await db.exec(`BEGIN;\n${migration.sql}\n;COMMIT;`).catch(async (error: unknown) => {
        await db.exec("ROLLBACK").catch(() => {});
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
      });
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      done.push(migration.name);
    }
    return done;
  } finally {
    await db.exec(`SELECT pg_advisory_unlock(${ADVISORY_LOCK_KEY})`);
  }
}
