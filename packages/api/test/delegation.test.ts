// Delegated administrators cannot hand themselves (or anyone) more than they hold: each refusal is
// a FORBIDDEN that says why, and leaves every user, role, session and audit row as it was.
import { describe, expect, it } from "vitest";
import { isPermission } from "../src/permissions";
import { actAs, failure, unique } from "./admin";
import { useTestDatabase } from "./db";

const database = useTestDatabase();
const roleId = async (name: string) => (await database().db.role.findUniqueOrThrow({ where: { name } })).id;
const userNamed = (username: string) => database().db.user.findUniqueOrThrow({ where: { username } });

async function roleWith(
  permissions: Parameters<Awaited<ReturnType<typeof actAs>>["caller"]["roles"]["create"]>[0]["permissions"],
) {
  const { caller } = await actAs(database(), "admin");
  return caller.roles.create({ name: unique("Role "), permissions });
}

async function userWith(roleIds: string[]) {
  const { caller } = await actAs(database(), "admin");
  const name = unique("d");
  const { user } = await caller.users.create({
    email: `${name}@example.test`,
    username: name,
    fullName: `Test ${name}`,
    password: "a-long-test-password",
    roleIds,
  });
  return user;
}

/** Everything a refused call must leave as it was. */
async function snapshot() {
  const db = database().db;
  const [users, roles, auditRows, liveSessions] = await Promise.all([
    db.user.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        email: true,
        username: true,
        fullName: true,
        phone: true,
        passwordHash: true,
        isSuperuser: true,
        active: true,
        anonymizedAt: true,
        updatedAt: true,
        roles: { select: { roleId: true }, orderBy: { roleId: "asc" } },
      },
    }),
    db.role.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, description: true, permissions: true, updatedAt: true },
    }),
    db.auditLog.count(),
    db.session.count({ where: { revokedAt: null } }),
  ]);
  return { users, roles, auditRows, liveSessions };
}

async function expectRefused(attempt: () => Promise<unknown>, message: RegExp) {
  const before = await snapshot();
  const error = await failure(attempt());
  expect(error.code).toBe("FORBIDDEN");
  expect(error.message).toMatch(message);
  expect(await snapshot()).toEqual(before);
}

const ONLY_SUPERUSER_GRANTS = /^Only a superuser can grant or remove superuser\.$/;
const OWN_ROLES = /^You cannot change your own roles\. Ask another administrator\.$/;

describe("a holder of users.manage only", () => {
  it("cannot make anyone a superuser, change its own roles, or give roles beyond its permissions", async () => {
    const desk = await roleWith(["users.manage"]);
    const manager = await userWith([desk.id]);
    const plain = await userWith([]);
    const adminRole = await roleId("admin");
    const { caller } = await actAs(database(), manager.username);

    await expectRefused(() => caller.users.setSuperuser({ id: manager.id, isSuperuser: true }), ONLY_SUPERUSER_GRANTS);
    await expectRefused(() => caller.users.setSuperuser({ id: plain.id, isSuperuser: true }), ONLY_SUPERUSER_GRANTS);
    await expectRefused(() => caller.users.setRoles({ id: manager.id, roleIds: [desk.id, adminRole] }), OWN_ROLES);
    // Even dropping a role of its own is a change of its own roles.
    await expectRefused(() => caller.users.setRoles({ id: manager.id, roleIds: [] }), OWN_ROLES);
    await expectRefused(
      () => caller.users.setRoles({ id: plain.id, roleIds: [adminRole] }),
      /^You cannot grant the role "admin": it includes permissions you do not hold yourself \(audit\.read, catalogs\.manage, .*\)\.$/,
    );
    const agentRole = await roleId("agent");
    await expectRefused(
      () => caller.users.setRoles({ id: plain.id, roleIds: [agentRole] }),
      /the role "agent".*tickets\.assign/,
    );
    // Roles given at creation are granted too.
    const name = unique("new");
    await expectRefused(
      () =>
        caller.users.create({
          email: `${name}@example.test`,
          username: name,
          fullName: "New",
          password: "a-long-test-password",
          roleIds: [adminRole],
        }),
      /the role "admin"/,
    );

    // What it holds, it may give.
    await caller.users.setRoles({ id: plain.id, roleIds: [desk.id] });
    expect(await database().db.userRole.count({ where: { userId: plain.id, roleId: desk.id } })).toBe(1);
    const { user } = await caller.users.create({
      email: `${name}@example.test`,
      username: name,
      fullName: "New",
      roleIds: [desk.id],
    });
    expect(user.roles.map((r) => r.name)).toEqual([desk.name]);
  });

  it("cannot take over, re-role, disable or delete an account holding more than it does", async () => {
    const manager = await userWith([(await roleWith(["users.manage"])).id]);
    const { caller } = await actAs(database(), manager.username);
    const superuser = await userNamed("admin");
    const deputy = await userNamed("deputy");
    const requester = await userNamed("requester");

    const onSuperuser = [
      [
        () => caller.users.resetPassword({ id: superuser.id, password: "attacker-password-1" }),
        /^Only a superuser can reset a superuser's password\.$/,
      ],
      [() => caller.users.resetPassword({ id: superuser.id }), /reset a superuser's password/],
      [
        () => caller.users.setActive({ id: superuser.id, active: false }),
        /^Only a superuser can disable or enable a superuser\.$/,
      ],
      [() => caller.users.delete({ id: superuser.id }), /^Only a superuser can delete a superuser\.$/],
      [
        () => caller.users.setRoles({ id: superuser.id, roleIds: [] }),
        /^Only a superuser can change a superuser's roles\.$/,
      ],
      [
        () => caller.users.update({ id: superuser.id, email: "attacker@example.test" }),
        /^Only a superuser can change a superuser's email or username\.$/,
      ],
      [() => caller.users.update({ id: superuser.id, username: "attacker" }), /email or username/],
    ] as const;
    for (const [attempt, message] of onSuperuser) await expectRefused(attempt, message);

    // The deputy is no superuser, but holds every permission through the admin role.
    const outranked = (what: string) =>
      new RegExp(
        `^This user holds permissions you do not \\(audit\\.read, .*roles\\.manage.*\\), so you cannot ${what}\\.$`,
      );
    const onDeputy = [
      [
        () => caller.users.resetPassword({ id: deputy.id, password: "attacker-password-1" }),
        outranked("reset their password"),
      ],
      [() => caller.users.setActive({ id: deputy.id, active: false }), outranked("disable or enable them")],
      [() => caller.users.delete({ id: deputy.id }), outranked("delete them")],
      [() => caller.users.setRoles({ id: deputy.id, roleIds: [] }), outranked("change their roles")],
      [
        () => caller.users.update({ id: deputy.id, email: "attacker@example.test" }),
        outranked("change their email or username"),
      ],
    ] as const;
    for (const [attempt, message] of onDeputy) await expectRefused(attempt, message);
    // A requester's account would give it the requester's tickets and messages.
    await expectRefused(
      () => caller.users.resetPassword({ id: requester.id }),
      /^This user holds permissions you do not \(messages\.send, tickets\.create\), so you cannot reset their password\.$/,
    );

    // Their name and phone are not their identity: those it may edit.
    const edited = await caller.users.update({ id: superuser.id, phone: "+502 5555 0101", email: superuser.email });
    expect(edited.phone).toBe("+502 5555 0101");
    await caller.users.update({ id: superuser.id, phone: superuser.phone });

    // An account with nothing more than its own, it manages fully.
    const peer = await userWith([]);
    expect((await caller.users.resetPassword({ id: peer.id })).generatedPassword).toBeTruthy();
    await caller.users.update({ id: peer.id, username: unique("renamed") });
    await caller.users.setActive({ id: peer.id, active: false });
    expect(await caller.users.delete({ id: peer.id })).toMatchObject({ id: peer.id });
  });
});

describe("a holder of roles.manage", () => {
  it("cannot add to its own role, or any role, a permission it does not hold", async () => {
    const editors = await roleWith(["roles.manage", "dashboard.read"]);
    const editor = await userWith([editors.id]);
    const { caller } = await actAs(database(), editor.username);
    const agentRole = await roleId("agent");

    await expectRefused(
      () =>
        caller.roles.update({
          id: editors.id,
          permissions: ["roles.manage", "dashboard.read", "users.manage", "settings.manage"],
        }),
      /^You cannot grant permissions you do not hold yourself: settings\.manage, users\.manage\.$/,
    );
    const agentPermissions = (await caller.roles.get({ id: agentRole })).permissions.filter(isPermission);
    await expectRefused(
      () => caller.roles.update({ id: agentRole, permissions: [...agentPermissions, "audit.read"] }),
      /hold yourself: audit\.read\./,
    );
    await expectRefused(
      () => caller.roles.create({ name: unique("Mine "), permissions: ["dashboard.read", "audit.read"] }),
      /hold yourself: audit\.read\./,
    );

    // What it holds, it may put in a role; taking a permission out of a role is no grant.
    expect(
      (await caller.roles.create({ name: unique("Viewers "), permissions: ["dashboard.read"] })).permissions,
    ).toEqual(["dashboard.read"]);
    const wide = await roleWith(["dashboard.read", "audit.read", "tickets.assign"]);
    expect(
      (await caller.roles.update({ id: wide.id, permissions: ["dashboard.read", "audit.read"] })).permissions,
    ).toEqual(["audit.read", "dashboard.read"]);
    // A role it could not have created, it may not delete (and so take away from its members).
    await expectRefused(
      () => caller.roles.delete({ id: wide.id, force: true }),
      /^You cannot delete the role ".*": it includes permissions you do not hold yourself \(audit\.read\)\.$/,
    );
    await caller.roles.update({ id: wide.id, permissions: ["dashboard.read"] });
    expect(await caller.roles.delete({ id: wide.id })).toEqual({ id: wide.id, removedFromUsers: 0 });
  });
});

describe("an administrator who is no superuser (the seed's deputy)", () => {
  it("cannot grant or remove superuser, nor act on a superuser's account, nor change its own roles", async () => {
    const { caller, userId } = await actAs(database(), "deputy");
    const superuser = await userNamed("admin");
    const plain = await userWith([]);
    const [adminRole, agentRole] = [await roleId("admin"), await roleId("agent")];

    await expectRefused(() => caller.users.setSuperuser({ id: userId, isSuperuser: true }), ONLY_SUPERUSER_GRANTS);
    await expectRefused(() => caller.users.setSuperuser({ id: plain.id, isSuperuser: true }), ONLY_SUPERUSER_GRANTS);
    await expectRefused(
      () => caller.users.setSuperuser({ id: superuser.id, isSuperuser: false }),
      ONLY_SUPERUSER_GRANTS,
    );
    // Asking for what already is does not make it allowed.
    await expectRefused(
      () => caller.users.setSuperuser({ id: superuser.id, isSuperuser: true }),
      ONLY_SUPERUSER_GRANTS,
    );
    await expectRefused(
      () => caller.users.setActive({ id: superuser.id, active: true }),
      /disable or enable a superuser/,
    );
    await expectRefused(
      () => caller.users.setActive({ id: superuser.id, active: false }),
      /disable or enable a superuser/,
    );
    await expectRefused(
      () => caller.users.resetPassword({ id: superuser.id, password: "attacker-password-1" }),
      /reset a superuser's password/,
    );
    await expectRefused(() => caller.users.delete({ id: superuser.id }), /delete a superuser/);
    await expectRefused(
      () => caller.users.setRoles({ id: superuser.id, roleIds: [agentRole] }),
      /change a superuser's roles/,
    );
    await expectRefused(
      () => caller.users.update({ id: superuser.id, username: "taken-over" }),
      /change a superuser's email or username/,
    );
    await expectRefused(() => caller.users.setRoles({ id: userId, roleIds: [adminRole, agentRole] }), OWN_ROLES);
  });

  it("manages everyone else: gives the admin role it holds, resets an agent's password", async () => {
    const { caller } = await actAs(database(), "deputy");
    const agent = await userWith([await roleId("agent")]);
    await caller.users.setRoles({ id: agent.id, roleIds: [await roleId("agent"), await roleId("admin")] });
    expect((await caller.users.resetPassword({ id: agent.id })).generatedPassword).toBeTruthy();
    const audit = await database().db.auditLog.findMany({
      where: { entityId: agent.id, actor: { username: "deputy" } },
      select: { action: true },
      orderBy: { id: "asc" },
    });
    expect(audit.map((entry) => entry.action)).toEqual(["user.set_roles", "user.reset_password"]);
  });
});

describe("superusers", () => {
  it("may do all of it, except change their own roles or reset their own password here", async () => {
    const { caller, userId } = await actAs(database(), "admin");
    await expectRefused(() => caller.users.setRoles({ id: userId, roleIds: [] }), OWN_ROLES);
    await expectRefused(
      () => caller.users.resetPassword({ id: userId, password: "another-password-1" }),
      /^Change your own password under Account → Password/,
    );
    const plain = await userWith([]);
    expect((await caller.users.setSuperuser({ id: plain.id, isSuperuser: true })).isSuperuser).toBe(true);
    expect((await caller.users.setSuperuser({ id: plain.id, isSuperuser: false })).isSuperuser).toBe(false);
  });
});
