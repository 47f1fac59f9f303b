import { describe, expect, it } from "vitest";
import { consume, RateLimitedError, refund } from "../src/auth/rate-limit";
import { failure, unique, useTestDatabase } from "./db";

const database = useTestDatabase();

// A fixed instant in the middle of a minute, so no test straddles a window boundary.
const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1, 12, 0, 30) + seconds * 1000);

describe("consume", () => {
  it("lets exactly `limit` of 50 concurrent hits through", async () => {
    const rule = { key: unique("race:"), limit: 10, windowSeconds: 60 };
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => consume(database().db, [rule], "tries", at(0))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    for (const r of results)
      if (r.status === "rejected") expect((r.reason as { code: string }).code).toBe("TOO_MANY_REQUESTS");
    const bucket = await database().db.rateLimitBucket.findFirstOrThrow({ where: { key: rule.key } });
    expect(bucket.count).toBe(50);
  });

  it("refuses when any rule is full, naming the longest wait, in the message and the cause", async () => {
    const short = { key: unique("short:"), limit: 1, windowSeconds: 60 };
    const long = { key: unique("long:"), limit: 1, windowSeconds: 3600 };
    await consume(database().db, [short, long], "tries", at(0));
    const error = await failure(consume(database().db, [short, long], "tries", at(0)));
    expect(error.code).toBe("TOO_MANY_REQUESTS");
    expect(error.message).toBe("Too many tries. Try again in 60 minutes.");
    expect(error.cause).toBeInstanceOf(RateLimitedError);
    expect((error.cause as RateLimitedError).retryAfterSeconds).toBe(3570);
    const seconds = await failure(consume(database().db, [short], "tries", at(0)));
    expect(seconds.message).toBe("Too many tries. Try again in 30 seconds.");
  });

  it("starts counting again in the next window", async () => {
    const rule = { key: unique("window:"), limit: 1, windowSeconds: 60 };
    await consume(database().db, [rule], "tries", at(0));
    expect((await failure(consume(database().db, [rule], "tries", at(29)))).code).toBe("TOO_MANY_REQUESTS");
    await expect(consume(database().db, [rule], "tries", at(30))).resolves.toBeTruthy();
  });

  it("refund gives a hit back, in the window it was counted in", async () => {
    const rule = { key: unique("refund:"), limit: 1, windowSeconds: 60 };
    const first = await consume(database().db, [rule], "tries", at(0));
    await refund(database().db, first);
    await consume(database().db, [rule], "tries", at(0));
    expect((await failure(consume(database().db, [rule], "tries", at(0)))).code).toBe("TOO_MANY_REQUESTS");
    await consume(database().db, [rule], "tries", at(30));
    await refund(database().db, first);
    const counts = await database().db.rateLimitBucket.findMany({
      where: { key: rule.key },
      orderBy: { windowStart: "asc" },
      select: { count: true },
    });
    expect(counts).toEqual([{ count: 1 }, { count: 1 }]);
  });

  it("counts nothing for no rules and refuses two rules with one key", async () => {
    expect(await consume(database().db, [], "tries")).toEqual({ buckets: [] });
    const key = unique("dup:");
    await expect(
      consume(
        database().db,
        [
          { key, limit: 1, windowSeconds: 60 },
          { key, limit: 5, windowSeconds: 3600 },
        ],
        "tries",
      ),
    ).rejects.toThrow(/distinct keys/);
  });
});
