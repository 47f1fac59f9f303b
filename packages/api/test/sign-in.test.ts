import { type TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { INVALID_CREDENTIALS, signInWithPassword } from "../src/auth/sign-in";
import { DEMO_PASSWORD, awayFromWindowEdge, useTestDatabase } from "./db";

const database = useTestDatabase();
const meta = {
  ip: "198.51.100.4",
  userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36",
  requestId: "t",
};

async function failure(login: string, password: string) {
  try {
    await signInWithPassword(database().db, { login, password }, "web", meta);
  } catch (error) {
    return error as TRPCError;
  }
  throw new Error("sign-in unexpectedly succeeded");
}

describe("password sign-in", () => {
  it("accepts email or username, case-insensitively, and records the session", async () => {
    for (const login of ["admin@soporte.test", "ADMIN", " Admin@Soporte.test "]) {
      const { session, userId } = await signInWithPassword(
        database().db,
        { login, password: DEMO_PASSWORD },
        "web",
        meta,
      );
      const row = await database().db.session.findUniqueOrThrow({ where: { id: session.id } });
      expect(row.userId).toBe(userId);
      expect(row.kind).toBe("web");
      expect(row.ip).toBe(meta.ip);
      expect(row.device).toBe("Chrome on Linux");
      expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now());
    }
  });

  it("gives the same error for a wrong password and an unknown account", async () => {
    const wrong = await failure("agent", "not-the-password");
    const unknown = await failure("nobody@soporte.test", DEMO_PASSWORD);
    expect(wrong.code).toBe("UNAUTHORIZED");
    expect(unknown.code).toBe("UNAUTHORIZED");
    expect(wrong.message).toBe(INVALID_CREDENTIALS);
    expect(unknown.message).toBe(INVALID_CREDENTIALS);
  });

  it("refuses a disabled account without opening a session", async () => {
    const user = await database().db.user.update({ where: { username: "backoffice" }, data: { active: false } });
    const before = await database().db.session.count({ where: { userId: user.id } });
    try {
      expect((await failure("backoffice", DEMO_PASSWORD)).code).toBe("FORBIDDEN");
      expect(await database().db.session.count({ where: { userId: user.id } })).toBe(before);
    } finally {
      await database().db.user.update({ where: { id: user.id }, data: { active: true } });
    }
  });

  it("audits a sign-in on its session, with the kind of session", async () => {
    const { session, userId } = await signInWithPassword(
      database().db,
      { login: "agent", password: DEMO_PASSWORD },
      "web",
      meta,
    );
    const row = await database().db.auditLog.findFirstOrThrow({
      where: { action: "auth.sign_in", entityId: session.id },
    });
    expect(row).toMatchObject({
      actorId: userId,
      entityType: "session",
      changes: { kind: { before: null, after: "web" } },
      ip: meta.ip,
      requestId: meta.requestId,
    });
  });

  it("audits a failed sign-in on the account it named, and for an unknown login keeps neither the login nor the password", async () => {
    const before = await database().db.auditLog.count({ where: { action: "auth.sign_in_failed" } });
    await failure("requester", "wrong-but-memorable");
    const requester = await database().db.user.findUniqueOrThrow({
      where: { username: "requester" },
      select: { id: true },
    });
    const known = await database().db.auditLog.findFirstOrThrow({
      where: { action: "auth.sign_in_failed", entityId: requester.id },
      orderBy: { id: "desc" },
    });
    expect(known).toMatchObject({ actorId: requester.id, entityType: "user", changes: {} });

    const typo = "my-secret-passphrase-typed-as-login";
    await failure(typo, "anything-at-all");
    const unknown = await database().db.auditLog.findFirstOrThrow({
      where: { action: "auth.sign_in_failed" },
      orderBy: { id: "desc" },
    });
    expect(unknown).toMatchObject({ actorId: null, entityType: "user", entityId: "", changes: {} });
    expect(await database().db.auditLog.count({ where: { action: "auth.sign_in_failed" } })).toBe(before + 2);
    expect(JSON.stringify([known, unknown], (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).not.toMatch(
      /wrong-but-memorable|anything-at-all|my-secret/,
    );
    // Nor do the rate-limit counters name it.
    expect(await database().db.rateLimitBucket.count({ where: { key: { contains: typo } } })).toBe(0);
  });

  it("does not audit an attempt the rate limit refused", async () => {
    const limited = { ...meta, ip: "198.51.100.200" };
    const attempt = () =>
      signInWithPassword(database().db, { login: "nobody-limited", password: "wrong-password" }, "api", limited).then(
        () => "OK",
        (e: TRPCError) => e.code,
      );
    const before = await database().db.auditLog.count({ where: { action: "auth.sign_in_failed" } });
    await awayFromWindowEdge(60, 15);
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) codes.push(await attempt());
    expect(codes).toEqual([...Array<string>(10).fill("UNAUTHORIZED"), "TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);
    expect(await database().db.auditLog.count({ where: { action: "auth.sign_in_failed" } })).toBe(before + 10);
  });
});
