import type { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { RateLimitedError } from "../src/auth/rate-limit";
import { createInnerContext, createRequestContext } from "../src/context";
import { createCaller } from "../src/root";
import { endSession } from "../src/services/sessions";
import { DEMO_PASSWORD, anonymousCaller, awayFromWindowEdge, failure, unique, useTestDatabase } from "./db";

const database = useTestDatabase();

const callerAt = (ip: string) =>
  createCaller(createInnerContext({ db: database().db, meta: { ip, userAgent: "vitest" } }));
const bearer = (token: string) => new Headers({ authorization: `Bearer ${token}` });
/** A caller whose request came from `socketIp` with these headers, as the HTTP handler builds it. */
const requestCaller = async (headers: Record<string, string>, socketIp?: string) =>
  createCaller(
    await createRequestContext({
      db: database().db,
      headers: new Headers({ "user-agent": "vitest", ...headers }),
      socketIp,
    }),
  );
const authOf = async (accessToken: string) =>
  (await createRequestContext({ db: database().db, headers: bearer(accessToken) })).auth;

function newAccount(password = "a-fine-long-passphrase") {
  const name = unique("user");
  return { email: `${name}@example.test`, username: name, fullName: "New Person", password };
}

describe("auth.register", () => {
  it("creates a requester, whatever else is asked for, and audits it", async () => {
    const input = { ...newAccount(), roleIds: ["admin"], isSuperuser: true } as ReturnType<typeof newAccount>;
    const user = await anonymousCaller(database()).auth.register(input);
    const row = await database().db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { isSuperuser: true, passwordHash: true, roles: { select: { role: { select: { name: true } } } } },
    });
    expect(row.roles.map((r) => r.role.name)).toEqual(["requester"]);
    expect(row.isSuperuser).toBe(false);
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user).not.toHaveProperty("passwordHash");
    expect(await database().db.auditLog.count({ where: { entityId: user.id, action: "user.register" } })).toBe(1);
  });

  it("keeps the language the account was registered in, English when none is given", async () => {
    const spanish = await anonymousCaller(database()).auth.register({ ...newAccount(), locale: "es" });
    const english = await anonymousCaller(database()).auth.register(newAccount());
    expect([spanish.locale, english.locale]).toEqual(["es", "en"]);
  });

  it("refuses a taken email or username as CONFLICT on that field", async () => {
    const first = newAccount();
    await anonymousCaller(database()).auth.register(first);
    const sameEmail = await failure(
      anonymousCaller(database()).auth.register({ ...newAccount(), email: first.email.toUpperCase() }),
    );
    expect(sameEmail.code).toBe("CONFLICT");
    expect(sameEmail.message).toMatch(/email already exists/);
    const sameUsername = await failure(
      anonymousCaller(database()).auth.register({ ...newAccount(), username: first.username }),
    );
    expect(sameUsername.code).toBe("CONFLICT");
    expect(sameUsername.message).toMatch(/username is taken/);
  });

  it("enforces the password policy: 10 to 128 characters, not common, not the username", async () => {
    const caller = anonymousCaller(database());
    expect((await failure(caller.auth.register(newAccount("x".repeat(4) + "abcde")))).code).toBe("BAD_REQUEST"); // 9
    expect((await caller.auth.register(newAccount("abcdefghij"))).id).toBeTruthy(); // 10
    expect((await caller.auth.register(newAccount("p4ss".repeat(32)))).id).toBeTruthy(); // 128
    expect((await failure(caller.auth.register(newAccount("p4ss".repeat(32) + "x")))).code).toBe("BAD_REQUEST"); // 129
    expect((await failure(caller.auth.register(newAccount("qwertyuiop")))).message).toMatch(/most common/);
    const sameAsUsername = { ...newAccount(), username: "longusername1", password: "longusername1" };
    expect((await failure(caller.auth.register(sameAsUsername))).message).toMatch(/email address or username/);
    expect(await database().db.user.count({ where: { username: "longusername1" } })).toBe(0);
  });

  it("is refused while self-registration is turned off", async () => {
    const admin = await callerAt("198.51.100.1").auth.login({ login: "admin", password: DEMO_PASSWORD });
    const adminCaller = createCaller(createInnerContext({ db: database().db, auth: await authOf(admin.accessToken) }));
    await adminCaller.settings.update({ registrationEnabled: false });
    try {
      const account = newAccount();
      expect((await failure(anonymousCaller(database()).auth.register(account))).code).toBe("FORBIDDEN");
      expect(await database().db.user.count({ where: { email: account.email } })).toBe(0);
    } finally {
      await adminCaller.settings.update({ registrationEnabled: true });
    }
  });
});

describe("auth.login and tokens", () => {
  it("returns an access token, a refresh token and the user, by email or username", async () => {
    for (const login of ["agent@soporte.test", "agent"]) {
      const result = await callerAt("198.51.100.2").auth.login({ login, password: DEMO_PASSWORD, device: "CLI" });
      expect(result.user.username).toBe("agent");
      expect(result.user).not.toHaveProperty("passwordHash");
      expect(result.refreshToken.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
      const minutes = (result.accessTokenExpiresAt.getTime() - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(14);
      expect(minutes).toBeLessThanOrEqual(15);
      expect((await authOf(result.accessToken))?.user.username).toBe("agent");
      const session = await database().db.session.findFirstOrThrow({
        where: { userId: result.user.id },
        orderBy: { createdAt: "desc" },
      });
      expect(session.device).toBe("CLI");
      const stored = await database().db.refreshToken.findMany({ where: { sessionId: session.id } });
      expect(stored.map((t) => t.tokenHash)).not.toContain(result.refreshToken);
    }
  });

  it("does not accept a refresh token as an access token", async () => {
    const result = await callerAt("198.51.100.3").auth.login({ login: "agent", password: DEMO_PASSWORD });
    expect(await authOf(result.refreshToken)).toBeNull();
  });

  it("refresh rotates: the new pair works, the old refresh token does not", async () => {
    const caller = callerAt("198.51.100.4");
    const first = await caller.auth.login({ login: "backoffice", password: DEMO_PASSWORD });
    const second = await caller.auth.refresh({ refreshToken: first.refreshToken });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await authOf(second.accessToken))?.user.username).toBe("backoffice");
    const third = await caller.auth.refresh({ refreshToken: second.refreshToken });
    expect((await authOf(third.accessToken))?.user.username).toBe("backoffice");
  });

  it("a reused refresh token revokes its whole family and is audited", async () => {
    const caller = callerAt("198.51.100.5");
    const login = await caller.auth.login({ login: "backoffice", password: DEMO_PASSWORD });
    const rotated = await caller.auth.refresh({ refreshToken: login.refreshToken });
    expect((await failure(caller.auth.refresh({ refreshToken: login.refreshToken }))).code).toBe("UNAUTHORIZED");
    // The thief's copy is dead, and so is everything the legitimate client got from the family.
    expect((await failure(caller.auth.refresh({ refreshToken: rotated.refreshToken }))).code).toBe("UNAUTHORIZED");
    expect(await authOf(rotated.accessToken)).toBeNull();
    const session = await database().db.session.findFirstOrThrow({
      where: { userId: login.user.id, revokedReason: "refresh token reused" },
    });
    const entries = await database().db.auditLog.findMany({
      where: { action: "session.refresh_token_reused", entityType: "user", entityId: login.user.id },
    });
    // Written by the system: whoever presented the copy is unknown.
    expect(entries.map(({ actorId, changes }) => ({ actorId, changes }))).toEqual([
      { actorId: null, changes: { revokedSessions: { before: null, after: [session.id] } } },
    ]);
  });

  it("of 20 concurrent refreshes with one token exactly one succeeds", async () => {
    const caller = callerAt("198.51.100.6");
    const login = await caller.auth.login({ login: "agent", password: DEMO_PASSWORD });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => caller.auth.refresh({ refreshToken: login.refreshToken })),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as TRPCError).code).toBe("UNAUTHORIZED");
    const winner = (ok[0] as PromiseFulfilledResult<{ accessToken: string }>).value;
    expect((await authOf(winner.accessToken))?.user.username).toBe("agent");
  });

  it("logout ends the current session at once; logoutAll ends bearer and browser sessions alike", async () => {
    const caller = callerAt("198.51.100.7");
    const a = await caller.auth.login({ login: "requester", password: DEMO_PASSWORD });
    const b = await caller.auth.login({ login: "requester", password: DEMO_PASSWORD });
    const aCaller = createCaller(createInnerContext({ db: database().db, auth: await authOf(a.accessToken) }));
    await aCaller.auth.logout();
    expect(await authOf(a.accessToken)).toBeNull();
    expect((await authOf(b.accessToken))?.user.username).toBe("requester");

    const { signInWithPassword } = await import("../src/auth/sign-in");
    const browser = await signInWithPassword(database().db, { login: "requester", password: DEMO_PASSWORD }, "web", {
      ip: "",
      userAgent: "",
      requestId: "",
    });
    const bCaller = createCaller(createInnerContext({ db: database().db, auth: await authOf(b.accessToken) }));
    const { revoked } = await bCaller.auth.logoutAll();
    expect(revoked).toBeGreaterThanOrEqual(2);
    expect(await authOf(b.accessToken)).toBeNull();
    expect(
      (await createRequestContext({ db: database().db, headers: new Headers(), browserSessionId: browser.session.id }))
        .auth,
    ).toBeNull();
    expect((await failure(caller.auth.refresh({ refreshToken: b.refreshToken }))).code).toBe("UNAUTHORIZED");
  });

  it("logout and logoutAll write session.sign_out and session.logout_all with the sessions they ended", async () => {
    const caller = callerAt("198.51.100.9");
    const account = newAccount();
    const user = await anonymousCaller(database()).auth.register(account);
    const a = await caller.auth.login({ login: account.username, password: account.password });
    const b = await caller.auth.login({ login: account.username, password: account.password });
    const c = await caller.auth.login({ login: account.username, password: account.password });
    const audit = (action: string) =>
      database().db.auditLog.findMany({
        where: { action, entityType: "user", entityId: user.id },
        select: { actorId: true, changes: true, ip: true },
      });
    const sessionOf = async (token: string) => (await authOf(token))!.sessionId;
    const [sessionA, sessionB, sessionC] = [
      await sessionOf(a.accessToken),
      await sessionOf(b.accessToken),
      await sessionOf(c.accessToken),
    ];

    const aCaller = createCaller(
      await createRequestContext({
        db: database().db,
        headers: new Headers({ authorization: `Bearer ${a.accessToken}` }),
        socketIp: "198.51.100.9",
      }),
    );
    expect(await aCaller.auth.logout()).toEqual({ revoked: 1 });
    expect(await audit("session.sign_out")).toEqual([
      { actorId: user.id, changes: { revokedSessions: { before: null, after: [sessionA] } }, ip: "198.51.100.9" },
    ]);

    const bCaller = createCaller(createInnerContext({ db: database().db, auth: await authOf(b.accessToken) }));
    expect(await bCaller.auth.logoutAll()).toEqual({ revoked: 2 });
    const [all, ...more] = await audit("session.logout_all");
    expect(more).toEqual([]);
    expect(all?.actorId).toBe(user.id);
    expect((all?.changes as { revokedSessions: { after: string[] } }).revokedSessions.after.sort()).toEqual(
      [sessionB, sessionC].sort(),
    );
  });

  it("endSession (next-auth's sign-out) ends a browser session once and audits it as its owner's sign-out", async () => {
    const { signInWithPassword } = await import("../src/auth/sign-in");
    const account = newAccount();
    const user = await anonymousCaller(database()).auth.register(account);
    const browser = await signInWithPassword(
      database().db,
      { login: account.email, password: account.password },
      "web",
      { ip: "", userAgent: "", requestId: "" },
    );
    const ctx = createInnerContext({ db: database().db, meta: { ip: "198.51.100.10" } });
    expect(await endSession(ctx, browser.session.id)).toBe(1);
    expect(
      (await createRequestContext({ db: database().db, headers: new Headers(), browserSessionId: browser.session.id }))
        .auth,
    ).toBeNull();
    // Signing out a session that is already over changes nothing and writes nothing.
    expect(await endSession(ctx, browser.session.id)).toBe(0);
    const entries = await database().db.auditLog.findMany({ where: { action: "session.sign_out", entityId: user.id } });
    expect(entries.map(({ actorId, ip, changes }) => ({ actorId, ip, changes }))).toEqual([
      {
        actorId: user.id,
        ip: "198.51.100.10",
        changes: { revokedSessions: { before: null, after: [browser.session.id] } },
      },
    ]);
  });

  it("refuses a disabled user's login and refresh", async () => {
    const caller = callerAt("198.51.100.8");
    const login = await caller.auth.login({ login: "agent", password: DEMO_PASSWORD });
    await database().db.user.update({ where: { username: "agent" }, data: { active: false } });
    try {
      expect((await failure(caller.auth.login({ login: "agent", password: DEMO_PASSWORD }))).code).toBe("FORBIDDEN");
      expect((await failure(caller.auth.refresh({ refreshToken: login.refreshToken }))).code).toBe("UNAUTHORIZED");
      expect(await authOf(login.accessToken)).toBeNull();
    } finally {
      await database().db.user.update({ where: { username: "agent" }, data: { active: true } });
    }
  });
});

describe("brute-force protection", () => {
  it("refuses the 11th failed attempt within a minute for one account and IP, even with the right password", async () => {
    await awayFromWindowEdge(60);
    const caller = callerAt("203.0.113.50");
    const account = newAccount();
    await anonymousCaller(database()).auth.register(account);
    for (let i = 0; i < 10; i++) {
      expect((await failure(caller.auth.login({ login: account.username, password: "wrong-password-1" }))).code).toBe(
        "UNAUTHORIZED",
      );
    }
    const limited = await failure(caller.auth.login({ login: account.username, password: account.password }));
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
    expect(limited.message).toMatch(/Try again in \d+ seconds?\./);
    // Counted per account, not per spelling of the login.
    expect((await failure(caller.auth.login({ login: account.email, password: account.password }))).code).toBe(
      "TOO_MANY_REQUESTS",
    );
    // Another IP is not blocked by this account+IP window.
    expect(
      (await callerAt("203.0.113.51").auth.login({ login: account.username, password: account.password })).user
        .username,
    ).toBe(account.username);
  });

  it("keeps counters in the database, so every app instance shares them", async () => {
    await awayFromWindowEdge(60);
    const account = newAccount();
    await anonymousCaller(database()).auth.register(account);
    for (let i = 0; i < 10; i++)
      await failure(callerAt("203.0.113.60").auth.login({ login: account.username, password: "wrong-password-2" }));
    const buckets = await database().db.rateLimitBucket.findMany({ where: { key: { contains: "203.0.113.60" } } });
    expect(buckets.some((b) => b.key.startsWith("login:account-ip:") && b.count === 10)).toBe(true);
  });

  it("of 30 concurrent wrong passwords for one account and IP, only the limit (10) reach the password check", async () => {
    const account = newAccount();
    const { id } = await anonymousCaller(database()).auth.register(account);
    await awayFromWindowEdge(60);
    const caller = callerAt("203.0.113.80");
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => caller.auth.login({ login: account.username, password: "wrong-password-3" })),
    );
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as TRPCError).code : "OK"));
    expect(codes.filter((c) => c === "UNAUTHORIZED")).toHaveLength(10);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(20);
    // Every attempt that reached the password check wrote its audit row; the refused ones did not.
    expect(await database().db.auditLog.count({ where: { action: "auth.sign_in_failed", entityId: id } })).toBe(10);
  });

  it("right passwords do not use up the limits", async () => {
    const account = newAccount();
    await anonymousCaller(database()).auth.register(account);
    await awayFromWindowEdge(60, 15);
    const caller = callerAt("203.0.113.81");
    for (let i = 0; i < 12; i++)
      expect((await caller.auth.login({ login: account.username, password: account.password })).user.username).toBe(
        account.username,
      );
    for (let i = 0; i < 10; i++)
      expect((await failure(caller.auth.login({ login: account.username, password: "wrong-password-4" }))).code).toBe(
        "UNAUTHORIZED",
      );
    expect((await failure(caller.auth.login({ login: account.username, password: account.password }))).code).toBe(
      "TOO_MANY_REQUESTS",
    );
  });

  it("locks an account attacked from many IPs for at most 15 minutes", async () => {
    const account = newAccount();
    await anonymousCaller(database()).auth.register(account);
    await awayFromWindowEdge(15 * 60, 60);
    const attempts = Array.from({ length: 25 }, (_, i) =>
      callerAt(`198.18.0.${i + 1}`).auth.login({ login: account.email, password: "wrong-password-5" }),
    );
    for (const error of await Promise.all(attempts.map(failure))) expect(error.code).toBe("UNAUTHORIZED");
    const locked = await failure(
      callerAt("198.18.1.1").auth.login({ login: account.username, password: account.password }),
    );
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    const retryAfter = (locked.cause as RateLimitedError).retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(locked.message).toMatch(/Try again in (\d+ seconds?|\d+ minutes)\./);
  });

  it("rotating X-Forwarded-For does not dodge the per-account+IP limit when no proxy is trusted", async () => {
    const account = newAccount();
    await anonymousCaller(database()).auth.register(account);
    await awayFromWindowEdge(60);
    for (let i = 0; i < 10; i++) {
      const caller = await requestCaller(
        { "x-forwarded-for": `192.0.2.${i + 1}`, "x-soporte-client-ip": `192.0.2.${i + 101}` },
        "203.0.113.82",
      );
      expect((await failure(caller.auth.login({ login: account.username, password: "wrong-password-6" }))).code).toBe(
        "UNAUTHORIZED",
      );
    }
    const rotated = await requestCaller({ "x-forwarded-for": "192.0.2.200" }, "203.0.113.82");
    expect((await failure(rotated.auth.login({ login: account.username, password: account.password }))).code).toBe(
      "TOO_MANY_REQUESTS",
    );
    const sessions = await database().db.session.findMany({
      where: { user: { username: account.username } },
      select: { ip: true },
    });
    expect(sessions).toEqual([]);
    const failures = await database().db.auditLog.findMany({
      where: { action: "auth.sign_in_failed", actor: { username: account.username } },
      select: { ip: true },
    });
    expect(new Set(failures.map((f) => f.ip))).toEqual(new Set(["203.0.113.82"]));
  });
});

describe("registration limits", () => {
  it("allow 10 registrations an hour per IP, and rotating X-Forwarded-For does not dodge that", async () => {
    await awayFromWindowEdge(3600, 60);
    for (let i = 0; i < 10; i++) {
      const caller = await requestCaller({ "x-forwarded-for": `192.0.2.${i + 1}` }, "203.0.113.90");
      expect((await caller.auth.register(newAccount())).id).toBeTruthy();
    }
    const eleventh = await failure(
      (await requestCaller({ "x-forwarded-for": "192.0.2.77" }, "203.0.113.90")).auth.register(newAccount()),
    );
    expect(eleventh.code).toBe("TOO_MANY_REQUESTS");
    expect(eleventh.message).toMatch(
      /^Too many registrations from your network\. Try again in (\d+ seconds?|\d+ minutes)\.$/,
    );
    expect((await (await requestCaller({}, "203.0.113.91")).auth.register(newAccount())).id).toBeTruthy();
  });

  it("count taken emails too (the answer tells whether an address has an account)", async () => {
    const taken = newAccount();
    await anonymousCaller(database()).auth.register(taken);
    const caller = anonymousCaller(database(), "203.0.113.92");
    for (let i = 0; i < 10; i++)
      expect((await failure(caller.auth.register({ ...newAccount(), email: taken.email }))).code).toBe("CONFLICT");
    expect((await failure(caller.auth.register({ ...newAccount(), email: taken.email }))).code).toBe(
      "TOO_MANY_REQUESTS",
    );
  });

  it("without a known client address are not kept per IP (one shared bucket would lock everyone out)", async () => {
    const caller = await requestCaller({ "x-forwarded-for": "192.0.2.1" });
    for (let i = 0; i < 11; i++) expect((await caller.auth.register(newAccount())).id).toBeTruthy();
  });
});
