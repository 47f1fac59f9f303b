import { readMigrations, type Db } from "@soporte/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { publicProcedure } from "../trpc";

export async function checkDatabase(db: Db) {
  const started = performance.now();
  try {
    const applied = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    const done = new Set(applied.map((row) => row.migration_name));
    const pending = readMigrations()
      .filter((m) => !done.has(m.name))
      .map((m) => m.name);
    return { reachable: true, latencyMs, pendingMigrations: pending, error: null };
  } catch {
    return { reachable: false, latencyMs: null, pendingMigrations: [], error: "The database did not answer." };
  }
}

export const healthRouter = {
  check: publicProcedure.query(() => ({ status: "ok" as const, time: new Date() })),
  db: publicProcedure.query(({ ctx }) => checkDatabase(ctx.db)),
} satisfies TRPCRouterRecord;
