import { readMigrations, type Db } from "@soporte/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { databaseHealthOutput, healthOutput } from "../schemas/outputs/accounts";
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
  check: publicProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/health",
        tags: ["health"],
        summary: "Liveness",
        description: "Anyone. Answers while the server runs, without touching the database.",
        protect: false,
      },
    })
    .output(healthOutput)
    .query(() => ({ status: "ok" as const, time: new Date() })),
  db: publicProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/health/db",
        tags: ["health"],
        summary: "Database reachability and pending migrations",
        description:
          "Anyone. Always a 200: `reachable` is false (with `error`) when the database did not answer, and " +
          "`pendingMigrations` lists migrations not applied yet.",
        protect: false,
      },
    })
    .output(databaseHealthOutput)
    .query(({ ctx }) => checkDatabase(ctx.db)),
} satisfies TRPCRouterRecord;
