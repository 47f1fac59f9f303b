import { describe, expect, it } from "vitest";
import { createInnerContext, createRequestContext } from "../src/context";
import { createCaller } from "../src/root";
import { profileSelect } from "../src/services/profile";
import { anonymousCaller, failure, unique, useTestDatabase } from "./db";

const database = useTestDatabase();

/** A new account with two API sessions, so tests never disturb each other or the demo users. */
async function accountWithTwoSessions() {
  const name = unique("acct");
  const password = "first-long-password";
  await anonymousCaller(database()).auth.register({ email: `${name}@example.test`, username: name, fullName: "Acct Holder", password });
  const anon = createCaller(createInnerContext({ db: database().db, meta: { ip: "192.0.2.10", userAgent: "vitest" } }));
  const one = await anon.auth.login({ login: name, password, device: "laptop" });
  const two = await anon.auth.login({ login: name, password, device: "phone" });
  const callerOf = async (token: string) => {
    const ctx = await createRequestContext({ db: database().db, headers: new Headers({ authorization: `Bearer ${token}` }) });
    return { caller: createCaller(ctx), auth: ctx.auth };
  };
  return { name, password, one, two, callerOf, anon };
}


describe("me", () => {
  it("updates the profile, validates it and audits the changed fields only", async () => {
    const { one, callerOf } = await accountWithTwoSessions();
    const { caller } = await callerOf(one.accessToken);
    const updated = await caller.me.update({ fullName: "  Renamed Person ", locale: "es", phone: "+502 5555-1234" });
    expect(updated).toMatchObject({ fullName: "Renamed Person", locale: "es", phone: "+502 5555-1234" });
    // me.get answers from the session loaded with the request: the next request sees the change.
    expect((await (await callerOf(one.accessToken)).caller.me.get()).fullName).toBe("Renamed Person");
    const entry = await database().db.auditLog.findFirstOrThrow({ where: { entityId: updated.id, action: "user.update_profile" } });
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
    const role = await database().db.role.findUniqueOrThrow({ where: { name: "agent" }, select: { id: true, permissions: true } });
    await database().db.user.update({
      where: { id: before.id },
      data: { organizationId: organization.id, locationId: location.id, bio: "Changed by an admin", roles: { create: { roleId: role.id } } },
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
    const wrong = await failure(caller.me.changePassword({ currentPassword: "not-my-password", newPassword: "second-long-password" }));
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.message).toMatch(/current password is wrong/);
    expect((await failure(caller.me.changePassword({ currentPassword: password, newPassword: "short" }))).code).toBe("BAD_REQUEST");

    expect(await caller.me.changePassword({ currentPassword: password, newPassword: "second-long-password" })).toEqual({ otherSessionsRevoked: 1 });
    expect((await callerOf(one.accessToken)).auth?.user.username).toBe(name);
    expect((await callerOf(two.accessToken)).auth).toBeNull();
    expect((await failure(anon.auth.login({ login: name, password }))).code).toBe("UNAUTHORIZED");
    expect((await anon.auth.login({ login: name, password: "second-long-password" })).user.username).toBe(name);
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
