// The database step of `pnpm start` (scripts/prepare-database.mjs): what it decides, and what it
// does to a new database of the kind under test.
import { emptySharedTestDatabase, type SharedTestDatabase } from "@soporte/db/testing";
import { afterEach, describe, expect, it } from "vitest";
import { demoDataDecision } from "../../../scripts/prepare-database.mjs";
import { signInWithPassword } from "../src/auth/sign-in";
import { runCommand, withDatabase } from "./commands";
import { DEMO_PASSWORD } from "./db";

const meta = { ip: "198.51.100.30", userAgent: "vitest", requestId: "start-database" };
const POSTGRES = "postgresql://postgres@127.0.0.1:5432/soporte";

describe("whether pnpm start adds the demo data", () => {
  it("adds it to the embedded database, not to PostgreSQL, unless SOPORTE_DEMO says otherwise", () => {
    const seeds = (env: Record<string, string>) => demoDataDecision(env).seed;
    expect(seeds({})).toBe(true);
    expect(seeds({ DATABASE_URL: "" })).toBe(true);
    expect(seeds({ DATABASE_URL: POSTGRES })).toBe(false);
    expect(seeds({ DATABASE_URL: POSTGRES, SOPORTE_DEMO: "" })).toBe(false);
    expect(seeds({ DATABASE_URL: POSTGRES, SOPORTE_DEMO: "1" })).toBe(true);
    expect(seeds({ SOPORTE_DEMO: "0" })).toBe(false);
    expect(demoDataDecision({ DATABASE_URL: POSTGRES }).reason).toMatch(/SOPORTE_DEMO=1/);
  });

  it("refuses any other SOPORTE_DEMO, naming it", () => {
    expect(() => demoDataDecision({ SOPORTE_DEMO: "yes" })).toThrow(
      'SOPORTE_DEMO must be 1 (add the demo data) or 0 (do not), not "yes".',
    );
  });
});

const adminUrl = process.env.TEST_DATABASE_URL;
const prepare = (database: SharedTestDatabase, env: Record<string, string> = {}) =>
  runCommand("node", ["scripts/prepare-database.mjs"], { env: { ...database.env, ...env } });

describe("the start script's database step on a new database", () => {
  let database: SharedTestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
  });

  it.runIf(adminUrl)(
    "PostgreSQL: migrates only, so pnpm admin:create makes the first administrator; SOPORTE_DEMO=1 adds the demo",
    async () => {
      database = await emptySharedTestDatabase(adminUrl);
      const prepared = await prepare(database);
      expect(prepared.code).toBe(0);
      expect(prepared.stdout).toContain("No demo data: PostgreSQL gets demo data only with SOPORTE_DEMO=1");
      await withDatabase(database!, async (db) => {
        expect(await db.user.count()).toBe(0);
        expect(await db.ticket.count()).toBe(0);
        expect(await db.setting.count()).toBe(0);
        expect(
          (await db.role.findMany({ select: { name: true }, orderBy: { name: "asc" } })).map((r) => r.name),
        ).toEqual(["admin", "agent", "requester"]);
      });

      const password = "the owner's long passphrase";
      const created = await runCommand("pnpm", ["--silent", "admin:create"], {
        env: { ...database.env, ADMIN_EMAIL: "owner@example.com", ADMIN_PASSWORD: password },
      });
      expect(created.stderr).toBe("");
      expect(created.code).toBe(0);
      await withDatabase(database!, (db) => signInWithPassword(db, { login: "owner", password }, "api", meta));

      const again = await prepare(database);
      expect(again.code).toBe(0);
      await withDatabase(database!, async (db) => expect(await db.user.count()).toBe(1));

      const demo = await prepare(database, { SOPORTE_DEMO: "1" });
      expect(demo.code).toBe(0);
      await withDatabase(database!, (db) =>
        signInWithPassword(db, { login: "admin@soporte.test", password: DEMO_PASSWORD }, "api", meta),
      );
    },
    300_000,
  );

  it.skipIf(adminUrl)(
    "embedded: migrates and adds the demo data",
    async () => {
      database = await emptySharedTestDatabase(undefined);
      const prepared = await prepare(database);
      expect(prepared.code).toBe(0);
      expect(prepared.stdout).toContain("Demo data: seeded into the embedded database");
      await withDatabase(database!, (db) =>
        signInWithPassword(db, { login: "admin", password: DEMO_PASSWORD }, "api", meta),
      );
    },
    300_000,
  );
});
