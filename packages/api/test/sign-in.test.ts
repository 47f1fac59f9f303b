import { type TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { INVALID_CREDENTIALS, signInWithPassword } from "../src/auth/sign-in";
import { DEMO_PASSWORD, useTestDatabase } from "./db";

const database = useTestDatabase();
const meta = { ip: "198.51.100.4", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36", requestId: "t" };

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
      const { session, userId } = await signInWithPassword(database().db, { login, password: DEMO_PASSWORD }, "web", meta);
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
});
