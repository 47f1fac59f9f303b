import { Prisma, type Db } from "@soporte/db";
import { TRPCError } from "@trpc/server";

/** At most `limit` hits per `windowSeconds` for one key (fixed windows aligned to the epoch). */
export type LimitRule = { key: string; limit: number; windowSeconds: number };

/** What `consume` counted, so `refund` can give exactly those hits back. */
export type Hit = { buckets: { key: string; windowStart: Date }[] };

/** The cause of a TOO_MANY_REQUESTS error: the error formatter passes retryAfterSeconds on. */
export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

type Client = Db | Prisma.TransactionClient;

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
 * Counts one hit against every rule, then throws TOO_MANY_REQUESTS (naming the wait) if any rule is
 * now over its limit. Counting and checking are one `INSERT … ON CONFLICT DO UPDATE … RETURNING`, so
 * of N concurrent callers exactly `limit` get through, on every app instance sharing the database.
 * Call it before the expensive or guessable step (the password check), and `refund` afterwards when
 * the attempt should not count (a right password). Refused hits count too: they cannot stretch a
 * window, which ends at its fixed time whatever arrives.
 *
 * Why not rate-limiter-flexible: its Prisma store reads then writes in a transaction (concurrent first
 * hits collide, increments get lost), and its atomic PostgreSQL store needs a `pg` pool of its own,
 * which the embedded PGlite database cannot give.
 */
export async function consume(db: Client, rules: LimitRule[], what: string, now = new Date()): Promise<Hit> {
  if (rules.length === 0) return { buckets: [] };
  if (new Set(rules.map((r) => r.key)).size !== rules.length) throw new Error("rate limit rules need distinct keys");
  // One lock order for every caller: concurrent multi-row upserts on the same keys cannot deadlock.
  const windows = [...rules].sort((a, b) => (a.key < b.key ? -1 : 1)).map((rule) => ({ rule, ...windowOf(rule, now) }));
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count", "expiresAt")
    VALUES ${Prisma.join(windows.map((w) => Prisma.sql`(${w.rule.key}, ${w.start}, 1, ${w.end})`))}
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "key", "count"`;
  // Old windows are useless: clear them now and then rather than on a schedule.
  if (Math.random() < 0.02) await db.rateLimitBucket.deleteMany({ where: { expiresAt: { lt: now } } });

  let retryAfter = 0;
  for (const w of windows) {
    const count = Number(rows.find((row) => row.key === w.rule.key)?.count ?? 0);
    if (count > w.rule.limit) retryAfter = Math.max(retryAfter, Math.ceil((w.end.getTime() - now.getTime()) / 1000));
  }
  if (retryAfter > 0) {
    const message = `Too many ${what}. Try again in ${formatWait(retryAfter)}.`;
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message, cause: new RateLimitedError(message, retryAfter) });
  }
  return { buckets: windows.map((w) => ({ key: w.rule.key, windowStart: w.start })) };
}

/** Gives back the hits of one `consume` (in the windows they were counted in). */
export async function refund(db: Client, hit: Hit): Promise<void> {
  if (hit.buckets.length === 0) return;
  await db.$executeRaw`
    UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0)
    WHERE ("key", "windowStart") IN (${Prisma.join(hit.buckets.map((b) => Prisma.sql`(${b.key}, ${b.windowStart})`))})`;
}
