import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPGlite } from "../src/pglite";
import { migrate, pendingMigrations, readMigrations } from "../src/migrate";
import { rawFromPGlite } from "../src/raw";

function migrationsFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "soporte-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("migrate", () => {
  it("applies pending migrations in order, once, and records them like Prisma", async () => {
    const db = rawFromPGlite(await createPGlite({ dataDir: "memory://" }));
    const dir = migrationsFolder({
      "001_a": `CREATE TABLE a (id int); CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;`,
      "002_b": `INSERT INTO a VALUES (f());`,
    });
    expect(await pendingMigrations(db, readMigrations(dir))).toEqual(["001_a", "002_b"]);
    expect(await migrate(db, readMigrations(dir))).toEqual(["001_a", "002_b"]);
    expect(await migrate(db, readMigrations(dir))).toEqual([]);
    expect(await db.query(`SELECT id FROM a`)).toEqual([{ id: 1 }]);
    const rows = await db.query<{ migration_name: string; checksum: string }>(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY 1`);
    expect(rows.map((r) => r.migration_name)).toEqual(["001_a", "002_b"]);
    expect(rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("rolls back a failing migration and refuses a migration edited after it was applied", async () => {
    const db = rawFromPGlite(await createPGlite({ dataDir: "memory://" }));
    await expect(migrate(db, readMigrations(migrationsFolder({ "001_bad": `CREATE TABLE t (id int); SELECT nope;` })))).rejects.toThrow(/001_bad failed/);
    expect(await db.query(`SELECT to_regclass('t') IS NULL AS gone`)).toEqual([{ gone: true }]);

    await migrate(db, readMigrations(migrationsFolder({ "001_ok": `CREATE TABLE u (id int);` })));
    await expect(migrate(db, readMigrations(migrationsFolder({ "001_ok": `CREATE TABLE u (id bigint);` })))).rejects.toThrow(/changed after it was applied/);
  });

  it("brings an empty database to the committed schema", async () => {
    const db = rawFromPGlite(await createPGlite({ dataDir: "memory://" }));
    await migrate(db);
    expect(await pendingMigrations(db)).toEqual([]);
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('User','Ticket','Message','AuditLog')`);
    expect(row?.n).toBe(4);
  });
});
