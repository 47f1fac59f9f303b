import { readMigrations } from "@soporte/db";
import { describe, expect, it } from "vitest";
import { anonymousCaller, useTestDatabase } from "./db";

const database = useTestDatabase();

describe("health", () => {
  it("answers check without signing in", async () => {
    const result = await anonymousCaller(database()).health.check();
    expect(result.status).toBe("ok");
    expect(result.time).toBeInstanceOf(Date);
  });

  it("reports the database reachable with every migration applied", async () => {
    const result = await anonymousCaller(database()).health.db();
    expect(result.reachable).toBe(true);
    expect(result.pendingMigrations).toEqual([]);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(readMigrations().length).toBeGreaterThan(0);
  });

  it("lists a migration the database has not applied as pending", async () => {
    const raw = await database().raw();
    const [latest] = await raw.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`,
    );
    await raw.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1`, [
      latest!.migration_name,
    ]);
    try {
      const result = await anonymousCaller(database()).health.db();
      expect(result.pendingMigrations).toEqual([latest!.migration_name]);
    } finally {
      await raw.query(`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = $1`, [
        latest!.migration_name,
      ]);
      if (database().kind === "postgresql") await raw.close();
    }
  });
});
