import type { Db } from "@soporte/db";
import { TRPCError } from "@trpc/server";

export type LimitRule = { key: string; limit: number; windowSeconds: number };

/** The cause of a TOO_MANY_REQUESTS error: the error formatter passes retryAfterSeconds on. */
export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

function windowOf(rule: LimitRule, now: Date) {
  const ms = rule.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / ms) * ms;
  return { start: new Date(start), end: new Date(start + ms) };
}

function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * Fixed-window counters in the database (RateLimitBucket), so every app instance sees the same
 * counts. Throws TOO_MANY_REQUESTS naming the wait when any rule's window is full.
 */
export async function assertWithinLimits(db: Db, rules: LimitRule[], what: string, now = new Date()): Promise<void> {
  const windows = rules.map((rule) => ({ rule, ...windowOf(rule, now) }));
  const buckets = await db.rateLimitBucket.findMany({
    where: { OR: windows.map((w) => ({ key: w.rule.key, windowStart: w.start })) },
    select: { key: true, count: true },
  });
  let retryAfter = 0;
  for (const w of windows) {
    const count = buckets.find((b) => b.key === w.rule.key)?.count ?? 0;
    if (count >= w.rule.limit) retryAfter = Math.max(retryAfter, Math.ceil((w.end.getTime() - now.getTime()) / 1000));
  }
  if (retryAfter > 0) {
    const message = `Too many ${what}. Try again in ${formatWait(retryAfter)}.`;
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message, cause: new RateLimitedError(message, retryAfter) });
  }
}

/** Counts one event against every rule (atomic increments; safe under concurrency). */
export async function recordHit(db: Db, rules: LimitRule[], now = new Date()): Promise<void> {
  for (const rule of rules) {
    const { start, end } = windowOf(rule, now);
    await db.$executeRaw`
      INSERT INTO "RateLimitBucket" ("key", "windowStart", "count", "expiresAt")
      VALUES (${rule.key}, ${start}, 1, ${end})
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1`;
  }
  // Old windows are useless: clear them now and then rather than on a schedule.
  if (Math.random() < 0.02) await db.rateLimitBucket.deleteMany({ where: { expiresAt: { lt: now } } });
}
