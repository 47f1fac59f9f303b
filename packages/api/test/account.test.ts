import { describe, expect, it } from "vitest";
import { loadSession } from "../src/auth/session-user";
import { createInnerContext, createRequestContext } from "../src/context";
import { apiEnv } from "../src/env";
import { createCaller } from "../src/root";
import { profileSelect } from "../src/services/profile";
import { anonymousCaller, awayFromWindowEdge, callerFor, failure, unique, useTestDatabase } from "./db";

const database = useTestDatabase();

/** A new account with two API sessions, so tests never disturb each other or the demo users. */
async function accountWithTwoSessions() {
  const name = unique("acct");
  const password = "first-long-password";
  await anonymousCaller(database()).auth.register({
    email: `${name}@example.test`,
    username: name,
    fullName: "Acct Holder",
    password,
  });
  const anon = createCaller(createInnerContext({ db: database().db, meta: { ip: "192.0.2.10", userAgent: "vitest" } }));
  const one = await anon.auth.login({ login: name, password, device: "laptop" });
  const two = await anon.auth.login({ login: name, password, device: "phone" });
  const callerOf = async (token: string) => {
    const ctx = await createRequestContext({
      db: database().db,
      headers: new Headers({ authorization: `Bearer ${token}` }),
    });
    return { caller: createCaller(ctx), auth: ctx.auth };
  };
  return { name, password, one, two, callerOf, anon };
}

/** A caller signed in (a new session) as an existing user. */
const callerAsDemo = (login: string, password?: string) => callerFor(database(), login, password);

describe("me", () => {
  it("updates the profile, validates it and audits the changed fields only", async () => {
    const { one, callerOf } = await accountWithTwoSessions();
    const { caller } = await callerOf(one.accessToken);
    const updated = await caller.me.update({ fullName: "  Renamed Person ", locale: "es", phone: "+502 5555-1234" });
    expect(updated).toMatchObject({ fullName: "Renamed Person", locale: "es", phone: "+502 5555-1234" });
    // me.get answers from the session loaded with the request: the next request sees the change.
    expect((await (await callerOf(one.accessToken)).caller.me.get()).fullName).toBe("Renamed Person");
    const entry = await database().db.auditLog.findFirstOrThrow({
      where: { entityId: updated.id, action: "user.update_profile" },
    });
    expect(entry.changes).toEqual({
      fullName: { before: "Acct Holder", after: "Renamed Person" },
      locale: { before: "en", after: "es" },
      phone: { before: "", after: "+502 5555-1234" },
    });
    expect((await failure(caller.me.update({ locale: "fr" as "es" }))).code).toBe("BAD_REQUEST");
    expect((await failure(caller.me.update({ bio: "x".repeat(1001) }))).code).toBe("BAD_REQUEST");
  });

  it("me.get returns what a Prisma read of the profile returns, with roles and permissions", async () => {
    const { one, callerOf } = await accountWithTwoSessions();
    const { caller, auth } = await callerOf(one.accessToken);
    const me = await caller.me.get();
    const profile = await database().db.user.findUniqueOrThrow({ where: { id: auth!.user.id }, select: profileSelect });
    expect(me).toEqual({ ...profile, roles: auth!.user.roles, permissions: auth!.user.permissions });
  });

  it("me.get shows changes made by others on the caller's next request: placement, roles, disabling", async () => {
    const { one, callerOf } = await accountWithTwoSessions();
    const before = await (await callerOf(one.accessToken)).caller.me.get();
    expect(before.organization).toBeNull();
    const organization = await database().db.organization.findFirstOrThrow({ select: { id: true, name: true } });
    const location = await database().db.location.findFirstOrThrow({ select: { id: true, name: true } });
    const role = await database().db.role.findUniqueOrThrow({
      where: { name: "agent" },
      select: { id: true, permissions: true },
    });
    await database().db.user.update({
      where: { id: before.id },
      data: {
        organizationId: organization.id,
        locationId: location.id,
        bio: "Changed by an admin",
        roles: { create: { roleId: role.id } },
      },
    });
    const after = await (await callerOf(one.accessToken)).caller.me.get();
    expect(after).toMatchObject({ organization, location, bio: "Changed by an admin" });
    expect(after.roles).toContain("agent");
    expect(after.permissions).toEqual(expect.arrayContaining(role.permissions));
    await database().db.user.update({ where: { id: before.id }, data: { active: false } });
    expect((await callerOf(one.accessToken)).auth).toBeNull();
  });

  it("changePassword needs the current password and signs out every other session", async () => {
    const { name, password, one, two, callerOf, anon } = await accountWithTwoSessions();
    const { caller } = await callerOf(one.accessToken);
    const wrong = await failure(
      caller.me.changePassword({ currentPassword: "not-my-password", newPassword: "second-long-password" }),
    );
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.message).toMatch(/current password is wrong/);
    expect((await failure(caller.me.changePassword({ currentPassword: password, newPassword: "short" }))).code).toBe(
      "BAD_REQUEST",
    );

    expect(await caller.me.changePassword({ currentPassword: password, newPassword: "second-long-password" })).toEqual({
      otherSessionsRevoked: 1,
    });
    expect((await callerOf(one.accessToken)).auth?.user.username).toBe(name);
    expect((await callerOf(two.accessToken)).auth).toBeNull();
    expect((await failure(anon.auth.login({ login: name, password }))).code).toBe("UNAUTHORIZED");
    expect((await anon.auth.login({ login: name, password: "second-long-password" })).user.username).toBe(name);
  });

  it("changePassword allows 5 wrong current passwords per 15 minutes; right ones do not count", async () => {
    const { name, password, one, callerOf, anon } = await accountWithTwoSessions();
    const { caller } = await callerOf(one.accessToken);
    await awayFromWindowEdge(15 * 60, 30);
    for (let i = 0; i < 6; i++) {
      const same = await failure(caller.me.changePassword({ currentPassword: password, newPassword: password }));
      expect(same.message).toMatch(/different from the current one/);
    }
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await failure(
            caller.me.changePassword({ currentPassword: `wrong-guess-${i}`, newPassword: "third-long-password" }),
          )
        ).message,
      ).toMatch(/current password is wrong/);
    }
    const limited = await failure(
      caller.me.changePassword({ currentPassword: password, newPassword: "third-long-password" }),
    );
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
    expect(limited.message).toMatch(/^Too many wrong current passwords\. Try again in (\d+ seconds?|\d+ minutes)\.$/);
    expect((await anon.auth.login({ login: name, password })).user.username).toBe(name);
  });
});

describe("sessions", () => {
  it("lists the caller's live sessions with the current one marked", async () => {
    const { one, callerOf } = await accountWithTwoSessions();
    const { caller, auth } = await callerOf(one.accessToken);
    const { items } = await caller.sessions.list();
    expect(items.map((s) => s.device).sort()).toEqual(["laptop", "phone"]);
    expect(items.find((s) => s.current)?.id).toBe(auth?.sessionId);
    expect(items.every((s) => s.ip === "192.0.2.10" && s.kind === "api")).toBe(true);
    expect(items[0]).not.toHaveProperty("refreshTokens");
  });

  it("revokes one of the caller's sessions, effective at once", async () => {
    const { one, two, callerOf } = await accountWithTwoSessions();
    const { caller } = await callerOf(one.accessToken);
    const other = (await caller.sessions.list()).items.find((s) => !s.current)!;
    await caller.sessions.revoke({ id: other.id });
    expect((await callerOf(two.accessToken)).auth).toBeNull();
    expect((await caller.sessions.list()).items).toHaveLength(1);
  });

  it("answers NOT_FOUND for another user's session and leaves it alone", async () => {
    const victim = await accountWithTwoSessions();
    const attacker = await accountWithTwoSessions();
    const victimSession = (await (await victim.callerOf(victim.one.accessToken)).caller.sessions.list()).items[0]!;
    const { caller } = await attacker.callerOf(attacker.one.accessToken);
    expect((await failure(caller.sessions.revoke({ id: victimSession.id }))).code).toBe("NOT_FOUND");
    expect((await failure(caller.sessions.revoke({ id: "not-a-uuid" }))).code).toBe("BAD_REQUEST");
    const row = await database().db.session.findUniqueOrThrow({ where: { id: victimSession.id } });
    expect(row.revokedAt).toBeNull();
  });
});

/** The audit rows of `action` about `ownerId`, oldest first. */
const auditOf = (action: string, ownerId: string) =>
  database().db.auditLog.findMany({ where: { action, entityType: "user", entityId: ownerId }, orderBy: { id: "asc" } });

describe("ending sessions", () => {
  it("revokeOthers ends every other session, keeps this one, and audits which it ended", async () => {
    const { one, two, callerOf, anon, name, password } = await accountWithTwoSessions();
    const three = await anon.auth.login({ login: name, password, device: "tablet" });
    const { caller, auth } = await callerOf(one.accessToken);
    const others = (await caller.sessions.list()).items.filter((s) => !s.current).map((s) => s.id);
    expect(others).toHaveLength(2);

    expect(await caller.sessions.revokeOthers()).toEqual({ revoked: 2 });
    expect((await callerOf(two.accessToken)).auth).toBeNull();
    expect((await callerOf(three.accessToken)).auth).toBeNull();
    expect((await callerOf(one.accessToken)).auth?.sessionId).toBe(auth?.sessionId);
    const [entry, ...more] = await auditOf("session.revoke_others", auth!.user.id);
    expect(more).toEqual([]);
    expect(entry?.actorId).toBe(auth!.user.id);
    expect((entry?.changes as { revokedSessions: { after: string[] } }).revokedSessions.after.sort()).toEqual(
      others.sort(),
    );

    // Nothing left to end: no change, no audit row.
    expect(await caller.sessions.revokeOthers()).toEqual({ revoked: 0 });
    expect(await auditOf("session.revoke_others", auth!.user.id)).toHaveLength(1);
  });

  it("revoking one's own session is audited with who ended it", async () => {
    const { one, callerOf } = await accountWithTwoSessions();
    const { caller, auth } = await callerOf(one.accessToken);
    const other = (await caller.sessions.list()).items.find((s) => !s.current)!;
    await caller.sessions.revoke({ id: other.id });
    const [entry] = await auditOf("session.revoke", auth!.user.id);
    expect(entry).toMatchObject({
      actorId: auth!.user.id,
      changes: { revokedSessions: { before: null, after: [other.id] } },
    });
    expect((await database().db.session.findUniqueOrThrow({ where: { id: other.id } })).revokedReason).toBe(
      "revoked by user",
    );
    // Already ended: NOT_FOUND, and no second row.
    expect((await failure(caller.sessions.revoke({ id: other.id }))).code).toBe("NOT_FOUND");
    expect(await auditOf("session.revoke", auth!.user.id)).toHaveLength(1);
  });

  it("a holder of users.manage ends another user's session; a superuser's only as a superuser", async () => {
    const admin = await callerAsDemo("admin"); // admin role and superuser
    const adminRole = await database().db.role.findUniqueOrThrow({ where: { name: "admin" }, select: { id: true } });
    const managerName = unique("mgr");
    await admin.caller.users.create({
      email: `${managerName}@example.test`,
      username: managerName,
      fullName: "Manager Not Superuser",
      password: "manager-long-password",
      roleIds: [adminRole.id],
    });
    const manager = await callerAsDemo(managerName, "manager-long-password");
    expect(manager.auth.user.isSuperuser).toBe(false);

    const target = await accountWithTwoSessions();
    const { auth: targetAuth } = await target.callerOf(target.two.accessToken);
    expect(await manager.caller.sessions.revoke({ id: targetAuth!.sessionId })).toEqual({ revoked: 1 });
    expect((await target.callerOf(target.two.accessToken)).auth).toBeNull();
    expect((await target.callerOf(target.one.accessToken)).auth).not.toBeNull();
    const [entry] = await auditOf("session.revoke", targetAuth!.user.id);
    expect(entry).toMatchObject({
      actorId: manager.auth.user.id,
      changes: { revokedSessions: { after: [targetAuth!.sessionId] } },
    });
    const row = await database().db.session.findUniqueOrThrow({ where: { id: targetAuth!.sessionId } });
    expect(row.revokedReason).toBe("revoked by an administrator");

    // The demo admin is a superuser: a manager who is not one cannot end their session.
    const refused = await failure(manager.caller.sessions.revoke({ id: admin.sessionId }));
    expect(refused.code).toBe("NOT_FOUND");
    expect((await database().db.session.findUniqueOrThrow({ where: { id: admin.sessionId } })).revokedAt).toBeNull();
    // A superuser can, and can end the manager's.
    const otherAdminSession = await callerAsDemo("admin");
    expect(await otherAdminSession.caller.sessions.revoke({ id: admin.sessionId })).toEqual({ revoked: 1 });
    expect(await otherAdminSession.caller.sessions.revoke({ id: manager.sessionId })).toEqual({ revoked: 1 });
  });
});

describe("idle web sessions", () => {
  it("default to 12 hours of idleness", () => {
    expect(apiEnv().WEB_SESSION_IDLE_SECONDS).toBe(12 * 3600);
  });

  it("a browser session unused for WEB_SESSION_IDLE_SECONDS is dead: not loaded, not listed, not revocable", async () => {
    const { one, callerOf } = await accountWithTwoSessions();
    const { caller, auth } = await callerOf(one.accessToken);
    const userId = auth!.user.id;
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);
    const session = (kind: "web" | "api", lastUsedAt: Date) =>
      database().db.session.create({
        data: { userId, kind, lastUsedAt, expiresAt: new Date(Date.now() + 86_400_000) },
        select: { id: true },
      });
    const idleWeb = await session("web", hoursAgo(12.02));
    const recentWeb = await session("web", hoursAgo(11.9));
    const api = await session("api", hoursAgo(13)); // API sessions idle out after REFRESH_TOKEN_IDLE_SECONDS (3 days)

    expect(await loadSession(database().db, idleWeb.id)).toBeNull();
    expect((await loadSession(database().db, recentWeb.id))?.user.id).toBe(userId);
    expect((await loadSession(database().db, api.id))?.user.id).toBe(userId);
    const browserAuth = async (id: string) =>
      (await createRequestContext({ db: database().db, headers: new Headers(), browserSessionId: id })).auth;
    expect(await browserAuth(idleWeb.id)).toBeNull();

    const listed = (await caller.sessions.list()).items.map((s) => s.id);
    expect(listed).not.toContain(idleWeb.id);
    expect(listed).toEqual(expect.arrayContaining([recentWeb.id, api.id]));
    expect((await failure(caller.sessions.revoke({ id: idleWeb.id }))).code).toBe("NOT_FOUND");
    // Loading it did not bring it back to life.
    expect(
      (await database().db.session.findUniqueOrThrow({ where: { id: idleWeb.id } })).lastUsedAt.getTime(),
    ).toBeLessThan(hoursAgo(12).getTime());
  });
});
