import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { directSql, directSqlFromPGlite, directSqlFromPool, type DirectSql } from "../src/direct-sql";
import { createPGlite } from "../src/pglite";

const pool = process.env.TEST_DATABASE_URL ? new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL, max: 1 }) : null;
let pglite: ReturnType<typeof createPGlite> | undefined;
afterAll(async () => {
  await pool?.end();
  await (await pglite)?.close();
});

const drivers: [string, () => DirectSql][] = [["PGlite", () => directSqlFromPGlite(() => (pglite ??= createPGlite({ dataDir: "memory://" })))]];
if (pool) drivers.push(["PostgreSQL", () => directSqlFromPool(pool)]);

describe.each(drivers)("direct SQL on %s", (_name, make) => {
  it("reads timestamp columns as UTC (as Prisma writes them) whatever the process time zone", async () => {
    const sql = make();
    const zone = process.env.TZ;
    try {
      for (const tz of ["UTC", "America/Guatemala", "Asia/Kolkata"]) {
        process.env.TZ = tz;
        const [row] = await sql<{ at: Date; arr: string[]; n: null }>(`SELECT TIMESTAMP '2026-03-04 05:06:07.891' AS at, ARRAY['b', 'a'] AS arr, NULL AS n`, []);
        expect(row?.at.toISOString(), tz).toBe("2026-03-04T05:06:07.891Z");
        expect(row?.arr).toEqual(["b", "a"]);
        expect(row?.n).toBeNull();
      }
    } finally {
      process.env.TZ = zone;
    }
  });
});

describe("directSql", () => {
  it("falls back to Prisma's raw query for clients without a driver path (transactions)", async () => {
    const calls: unknown[][] = [];
    const tx = { $queryRawUnsafe: async (...args: unknown[]) => (calls.push(args), [{ one: 1 }]) } as never;
    expect(await directSql(tx)("SELECT $1::int AS one", [1])).toEqual([{ one: 1 }]);
    expect(calls).toEqual([["SELECT $1::int AS one", 1]]);
  });
});
