// `pnpm admin:create`, run as a person runs it, on a copy of the seeded database (whose demo admin
// is an active administrator).
import { shareTestDatabase, type SharedTestDatabase } from "@soporte/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signInWithPassword } from "../src/auth/sign-in";
import { administratorWhere } from "../src/services/guard-rails";
import { lines, runCommand, withDatabase } from "./commands";

const meta = { ip: "198.51.100.20", userAgent: "vitest", requestId: "create-admin" };
const PASSWORD = "a long and private passphrase";

let database: SharedTestDatabase;
beforeAll(async () => {
  database = await shareTestDatabase(inject("testTemplate"));
});
afterAll(() => database?.drop());

const adminCreate = (args: string[], env: Record<string, string> = {}, answers?: [string, string][]) =>
  runCommand("pnpm", ["--silent", "admin:create", ...args], { env: { ...database.env, ...env }, answers });

async function expectAdministrator(login: string, password = PASSWORD) {
  await withDatabase(database, async (db) => {
    const { userId } = await signInWithPassword(db, { login, password }, "api", meta);
    const user = await db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { isSuperuser: true, active: true, roles: { select: { role: { select: { name: true } } } } },
    });
    expect(user).toEqual({ isSuperuser: true, active: true, roles: [{ role: { name: "admin" } }] });
    const audit = await db.auditLog.findMany({
      where: { entityId: userId },
      select: { action: true, actorId: true, changes: true },
    });
    expect(audit).toEqual([
      {
        action: "user.create",
        actorId: null,
        changes: expect.objectContaining({
          roles: { before: [], after: ["admin"] },
          isSuperuser: { before: false, after: true },
        }),
      },
    ]);
  });
}

const userCount = () => withDatabase(database, (db) => db.user.count());

// Each command starts pnpm, tsx and the database: minutes on a busy 2-core machine.
describe("pnpm admin:create", { timeout: 240_000 }, () => {
  it("refuses while an active administrator exists, and adds one with --force", async () => {
    const env = { ADMIN_EMAIL: "second.admin@example.com", ADMIN_PASSWORD: PASSWORD };
    const before = await userCount();
    const refused = await adminCreate([], env);
    expect(refused.code).toBe(1);
    expect(lines(refused.stderr)).toEqual([
      expect.stringMatching(/An active administrator exists already \("admin"\); use --force/),
    ]);
    expect(await userCount()).toBe(before);

    const forced = await adminCreate(["--force"], { ...env, ADMIN_FULL_NAME: "Second Admin" });
    expect(forced.stderr).toBe("");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`Created administrator "second.admin"`);
    await expectAdministrator("second.admin");
  });

  it("creates the first administrator without --force once no administrator is active, from the environment", async () => {
    await withDatabase(database, (db) => db.user.updateMany({ where: administratorWhere, data: { active: false } }));
    const created = await adminCreate([], {
      ADMIN_EMAIL: "Owner@Example.com",
      ADMIN_USERNAME: "owner",
      ADMIN_PASSWORD: PASSWORD,
    });
    expect(created.code).toBe(0);
    await expectAdministrator("owner@example.com");
  });

  it("refuses a password the policy rejects, in one line, writing nothing", async () => {
    const before = await userCount();
    for (const [password, message] of [
      ["short", "password: Use at least 10 characters."],
      ["password123", "password: This password is among the most common ones. Choose another."],
    ]) {
      const refused = await adminCreate(["--force"], {
        ADMIN_EMAIL: "weak.admin@example.com",
        ADMIN_PASSWORD: password!,
      });
      expect(refused.code).toBe(1);
      expect(lines(refused.stderr)).toEqual([`✗ admin:create: ${message}`]);
    }
    expect(await userCount()).toBe(before);
  });

  it("refuses an email or a username that is taken, changing nothing", async () => {
    const agentBefore = await withDatabase(database, (db) =>
      db.user.findUniqueOrThrow({ where: { username: "agent" } }),
    );
    const email = await adminCreate(["--force"], {
      ADMIN_EMAIL: "AGENT@soporte.test",
      ADMIN_USERNAME: "new.admin",
      ADMIN_PASSWORD: PASSWORD,
    });
    expect(email.code).toBe(1);
    expect(lines(email.stderr)).toEqual(["✗ admin:create: email: An account with this email already exists."]);
    const username = await adminCreate(["--force"], { ADMIN_EMAIL: "agent@example.com", ADMIN_PASSWORD: PASSWORD });
    expect(username.code).toBe(1);
    expect(lines(username.stderr)).toEqual(["✗ admin:create: username: This username is taken."]);
    await withDatabase(database, async (db) => {
      expect(await db.user.findUniqueOrThrow({ where: { username: "agent" } })).toEqual(agentBefore);
      expect(await db.user.count({ where: { OR: [{ username: "new.admin" }, { email: "agent@example.com" }] } })).toBe(
        0,
      );
    });
  });

  it("refuses before asking anything while an active administrator exists", async () => {
    await withDatabase(database, (db) => db.user.update({ where: { username: "admin" }, data: { active: true } }));
    const refused = await adminCreate([], {}, [["Email", "never.asked@example.com"]]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).not.toContain("Email");
    expect(lines(refused.stderr)).toEqual([expect.stringMatching(/An active administrator exists already/)]);
  });

  it("asks for what the environment does not give, re-asking after a refused answer", async () => {
    // Ctrl+U (\u0015) clears a refused answer before the next one is typed.
    const result = await adminCreate(["--force"], {}, [
      ["Email", "agent@soporte.test"],
      ["An account with this email already exists.", "\u0015asked.admin@example.com"],
      ["Username", ""], // the suggested one: the email's local part
      ["Full name", "Asked Admin"],
      ["Password", "password123"],
      ["among the most common", `\u0015${PASSWORD}`],
      ["Repeat the password", PASSWORD],
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(PASSWORD);
    await expectAdministrator("asked.admin");
    await withDatabase(database, async (db) => {
      expect(
        await db.user.findUniqueOrThrow({ where: { username: "asked.admin" }, select: { fullName: true } }),
      ).toEqual({ fullName: "Asked Admin" });
    });
  });
});
