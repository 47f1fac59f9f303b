import { describe, expect, it } from "vitest";
import { loadSession } from "../src/auth/session-user";
import { ALL_PERMISSIONS } from "../src/permissions";
import { actAs, failure, unique } from "./admin";
import { useTestDatabase } from "./db";

const database = useTestDatabase();
const roleId = async (name: string) => (await database().db.role.findUniqueOrThrow({ where: { name } })).id;

async function newUser(roles: string[] = ["agent"]) {
  const { caller } = await actAs(database(), "admin");
  const name = unique("u");
  const { user } = await caller.users.create({
    email: `${name}@example.test`,
    username: name,
    fullName: `Test ${name}`,
    password: "a-long-test-password",
    roleIds: await Promise.all(roles.map(roleId)),
  });
  return user;
}

describe("users.list", () => {
  it("searches name, email and username, filters, sorts and pages with a cursor", async () => {
    const { caller } = await actAs(database(), "admin");
    const bySearch = await caller.users.list({ search: "SOPORTE.TEST", limit: 100 });
    expect(bySearch.items.map((u) => u.username)).toEqual(
      expect.arrayContaining(["admin", "agent", "backoffice", "requester"]),
    );
    expect(bySearch.items.every((u) => u.email.includes("soporte.test"))).toBe(true);
    expect(bySearch.items[0]).not.toHaveProperty("passwordHash");

    const agents = await caller.users.list({ roleId: await roleId("agent"), limit: 100 });
    expect(agents.items.length).toBeGreaterThan(1);
    expect(agents.items.every((u) => u.roles.some((r) => r.name === "agent"))).toBe(true);

    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof caller.users.list>> = await caller.users.list({
        sort: "fullName",
        direction: "asc",
        limit: 7,
        cursor,
      });
      pages.push(...page.items.map((u) => u.fullName));
      cursor = page.nextCursor;
    } while (cursor);
    const all = await caller.users.list({ sort: "fullName", direction: "asc", limit: 100 });
    expect(pages).toEqual(all.items.map((u) => u.fullName));
    expect(new Set(pages).size).toBe(pages.length);

    const newest = await caller.users.list({ limit: 3 });
    const times = newest.items.map((u) => u.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect((await failure(caller.users.list({ limit: 500 }))).code).toBe("BAD_REQUEST");
    expect((await failure(caller.users.list({ cursor: "garbage" }))).code).toBe("BAD_REQUEST");
  });

  it("pickers return only what a picker needs, to staff", async () => {
    const { caller } = await actAs(database(), "agent");
    const { items } = await caller.users.requesters({ search: "roberto" });
    expect(items).toEqual([expect.objectContaining({ username: "requester", fullName: "Roberto Solicitante" })]);
    expect(Object.keys(items[0]!).sort()).toEqual(["avatarColor", "fullName", "id", "username"]);
    const staff = await caller.users.staff({ limit: 50 });
    expect(staff.items.map((u) => u.username)).toEqual(expect.arrayContaining(["agent", "backoffice", "admin"]));
    expect(staff.items.map((u) => u.username)).not.toContain("requester");
    expect((await caller.users.admins()).items.map((u) => u.username)).toContain("admin");
  });

  it("the staff picker offers only people tickets can be assigned to", async () => {
    const { caller: admin } = await actAs(database(), "admin");
    const role = await admin.roles.create({ name: unique("keepers"), permissions: ["organizations.manage"] });
    const name = unique("keeper");
    await admin.users.create({
      email: `${name}@example.test`,
      username: name,
      fullName: `Keeper ${name}`,
      roleIds: [role.id],
    });
    const { caller } = await actAs(database(), "agent");
    expect((await caller.users.staff({ search: name })).items).toEqual([]);
    expect((await caller.users.staff({ search: "Carlos" })).items.map((u) => u.username)).toContain("agent");
  });
});

describe("users mutations", () => {
  it("create generates a password shown once when none is given, and audits", async () => {
    const { caller } = await actAs(database(), "admin");
    const name = unique("gen");
    const { user, generatedPassword } = await caller.users.create({
      email: `${name}@example.test`,
      username: name,
      fullName: "Generated",
      roleIds: [await roleId("requester")],
    });
    expect(generatedPassword).toMatch(/^[\w-]{20}$/);
    const anon = (await import("../src/root")).createCaller(
      (await import("../src/context")).createInnerContext({ db: database().db }),
    );
    expect((await anon.auth.login({ login: name, password: generatedPassword! })).user.id).toBe(user.id);
    expect(await database().db.auditLog.count({ where: { entityId: user.id, action: "user.create" } })).toBe(1);
    const dup = await failure(
      caller.users.create({ email: `${name}@example.test`, username: unique("x"), fullName: "Dup", roleIds: [] }),
    );
    expect(dup.code).toBe("CONFLICT");
  });

  it("disabling ends the user's sessions at once; enabling lets them sign in again", async () => {
    const user = await newUser();
    const { sessionId } = await actAs(database(), user.username);
    const { caller } = await actAs(database(), "admin");
    await caller.users.setActive({ id: user.id, active: false });
    expect(await loadSession(database().db, sessionId)).toBeNull();
    const entry = await database().db.auditLog.findFirstOrThrow({
      where: { entityId: user.id, action: "user.disable" },
    });
    expect(entry.changes).toEqual({ active: { before: true, after: false } });
    expect(entry.ip).toBe("192.0.2.77");
    await caller.users.setActive({ id: user.id, active: true });
    expect(await loadSession(database().db, (await actAs(database(), user.username)).sessionId)).not.toBeNull();
  });

  it("a role or permission change applies on the user's very next request", async () => {
    const user = await newUser(["requester"]);
    const { sessionId } = await actAs(database(), user.username);
    expect((await loadSession(database().db, sessionId))?.user.permissions).not.toContain("tickets.assign");
    const { caller } = await actAs(database(), "admin");
    const role = await caller.roles.create({ name: unique("Dispatch"), permissions: ["tickets.assign"] });
    await caller.users.setRoles({ id: user.id, roleIds: [role.id, await roleId("requester")] });
    expect((await loadSession(database().db, sessionId))?.user.permissions).toContain("tickets.assign");
    await caller.roles.update({ id: role.id, permissions: ["dashboard.read"] });
    const after = await loadSession(database().db, sessionId);
    expect(after?.user.permissions).toContain("dashboard.read");
    expect(after?.user.permissions).not.toContain("tickets.assign");
  });

  it("resetPassword sets a new password and ends the user's sessions", async () => {
    const user = await newUser();
    const { sessionId } = await actAs(database(), user.username);
    const { caller } = await actAs(database(), "admin");
    expect((await failure(caller.users.resetPassword({ id: user.id, password: "qwertyuiop" }))).message).toMatch(
      /most common/,
    );
    expect(await caller.users.resetPassword({ id: user.id, password: "brand-new-password" })).toEqual({
      generatedPassword: null,
    });
    expect(await loadSession(database().db, sessionId)).toBeNull();
  });

  it("delete removes a user without history and anonymises one with history", async () => {
    const { caller } = await actAs(database(), "admin");
    const fresh = await newUser();
    expect(await caller.users.delete({ id: fresh.id })).toEqual({ id: fresh.id, anonymised: false });
    expect(await database().db.user.findUnique({ where: { id: fresh.id } })).toBeNull();

    const requester = await database().db.user.findFirstOrThrow({
      where: { requestedTickets: { some: {} }, username: { not: "requester" } },
    });
    const tickets = await database().db.ticket.count({ where: { requesterId: requester.id } });
    expect(await caller.users.delete({ id: requester.id })).toEqual({ id: requester.id, anonymised: true });
    const row = await database().db.user.findUniqueOrThrow({ where: { id: requester.id }, include: { roles: true } });
    expect(row).toMatchObject({ fullName: "Deleted user", active: false, bio: "", phone: "" });
    expect(row.email).not.toBe(requester.email);
    expect(row.roles).toEqual([]);
    expect(row.anonymizedAt).toBeInstanceOf(Date);
    expect(await database().db.ticket.count({ where: { requesterId: requester.id } })).toBe(tickets);
    expect((await failure(caller.users.get({ id: requester.id }))).code).toBe("NOT_FOUND");
    expect((await caller.users.list({ search: requester.username })).items).toEqual([]);
  });
});

describe("references and permissions around users", () => {
  it("refuses organization or location ids that do not exist as field errors, changing nothing", async () => {
    const { caller } = await actAs(database(), "admin");
    const missing = "0190b6a2-0000-7000-8000-000000000001";
    const name = unique("ref");
    const create = await failure(
      caller.users.create({
        email: `${name}@example.test`,
        username: name,
        fullName: "Ref",
        roleIds: [],
        organizationId: missing,
      }),
    );
    expect(create.code).toBe("BAD_REQUEST");
    expect(create.message).toBe("No such organization.");
    expect(await database().db.user.count({ where: { username: name } })).toBe(0);
    const agent = await database().db.user.findUniqueOrThrow({ where: { username: "agent" } });
    expect((await failure(caller.users.update({ id: agent.id, locationId: missing }))).message).toBe(
      "No such location.",
    );
    expect((await database().db.user.findUniqueOrThrow({ where: { id: agent.id } })).locationId).toBe(agent.locationId);
    expect((await failure(caller.users.update({ id: agent.id, phone: "<script>" }))).code).toBe("BAD_REQUEST");
  });

  it("a user manager without roles.manage can still list roles to assign them", async () => {
    const { caller: admin } = await actAs(database(), "admin");
    const role = await admin.roles.create({ name: unique("People "), permissions: ["users.manage"] });
    const manager = await newUser([]);
    await admin.users.setRoles({ id: manager.id, roleIds: [role.id] });
    const { caller } = await actAs(database(), manager.username);
    expect((await caller.roles.list()).items.map((r) => r.name)).toContain("agent");
    expect((await failure(caller.roles.create({ name: unique("x"), permissions: [] }))).code).toBe("FORBIDDEN");
  });
});

describe("guard rails", () => {
  it("nobody can disable, delete or demote themselves, even as the last active administrator", async () => {
    const { caller: admin, userId } = await actAs(database(), "admin");
    const deputy = await database().db.user.findUniqueOrThrow({ where: { username: "deputy" } });
    // A second superuser, who disables the deputy and demotes the demo admin: then they are the last one.
    const other = await newUser(["admin"]);
    await admin.users.setSuperuser({ id: other.id, isSuperuser: true });
    const { caller: otherCaller } = await actAs(database(), other.username);
    await otherCaller.users.setActive({ id: deputy.id, active: false });
    await otherCaller.users.setSuperuser({ id: userId, isSuperuser: false });
    await otherCaller.users.setRoles({ id: userId, roleIds: [await roleId("agent")] });
    const { caller: formerAdmin } = await actAs(database(), "admin");
    expect((await failure(formerAdmin.users.list({}))).code).toBe("FORBIDDEN");
    const { caller: self } = await actAs(database(), other.username);
    for (const attempt of [
      () => self.users.setActive({ id: other.id, active: false }),
      () => self.users.setSuperuser({ id: other.id, isSuperuser: false }),
      () => self.users.delete({ id: other.id }),
    ]) {
      expect((await failure(attempt())).code).toBe("PRECONDITION_FAILED");
    }
    expect((await failure(self.users.setRoles({ id: other.id, roleIds: [] }))).message).toMatch(/your own roles/);
    // Restore: the demo admin and the deputy get their rights back.
    await self.users.setRoles({ id: userId, roleIds: [await roleId("admin")] });
    await self.users.setSuperuser({ id: userId, isSuperuser: true });
    await self.users.setActive({ id: deputy.id, active: true });
    await admin.users.delete({ id: other.id });
  });

  it("without a superuser, the last administrator cannot be disabled, deleted or stripped by anyone", async () => {
    const { caller: admin } = await actAs(database(), "admin");
    const deputy = await database().db.user.findUniqueOrThrow({ where: { username: "deputy" } });
    const demoAdmin = await database().db.user.findUniqueOrThrow({ where: { username: "admin" } });
    // A holder of every permission through a custom role: not an administrator, but outranked by nobody.
    const everything = await admin.roles.create({ name: unique("Everything "), permissions: [...ALL_PERMISSIONS] });
    const ops = await newUser([]);
    await admin.users.setRoles({ id: ops.id, roleIds: [everything.id] });
    await admin.users.setActive({ id: deputy.id, active: false });
    // An installation whose administrators hold the admin role only (no superuser).
    await database().db.user.update({ where: { id: demoAdmin.id }, data: { isSuperuser: false } });
    try {
      const { caller } = await actAs(database(), ops.username);
      for (const attempt of [
        () => caller.users.setActive({ id: demoAdmin.id, active: false }),
        () => caller.users.setRoles({ id: demoAdmin.id, roleIds: [everything.id] }),
        () => caller.users.delete({ id: demoAdmin.id }),
      ]) {
        expect((await failure(attempt())).message).toMatch(/last active administrator/);
      }
      expect(
        await database().db.user.findUniqueOrThrow({ where: { id: demoAdmin.id }, include: { roles: true } }),
      ).toMatchObject({ active: true, anonymizedAt: null, roles: [{ roleId: await roleId("admin") }] });
    } finally {
      await database().db.user.update({ where: { id: demoAdmin.id }, data: { isSuperuser: true, active: true } });
      await admin.users.setActive({ id: deputy.id, active: true });
    }
  });

  it("nobody can remove their own administrator rights, even when others remain", async () => {
    const { caller, userId } = await actAs(database(), "admin");
    await newUser(["admin"]);
    expect((await failure(caller.users.setSuperuser({ id: userId, isSuperuser: false }))).message).toMatch(
      /your own administrator rights/,
    );
    expect((await failure(caller.users.setActive({ id: userId, active: false }))).code).toBe("PRECONDITION_FAILED");
    expect((await failure(caller.users.delete({ id: userId }))).code).toBe("PRECONDITION_FAILED");
    const me = await database().db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(me).toMatchObject({ active: true, isSuperuser: true, anonymizedAt: null });
  });
});

describe("object-level checks", () => {
  it("requesters and agents cannot act on other users, and nothing changes", async () => {
    const admin = await database().db.user.findUniqueOrThrow({ where: { username: "admin" } });
    for (const who of ["requester", "agent"]) {
      const { caller } = await actAs(database(), who);
      for (const attempt of [
        () => caller.users.get({ id: admin.id }),
        () => caller.users.setActive({ id: admin.id, active: false }),
        () => caller.users.update({ id: admin.id, fullName: "Hacked" }),
        () => caller.users.resetPassword({ id: admin.id, password: "attacker-password" }),
        () => caller.users.setRoles({ id: admin.id, roleIds: [] }),
        () => caller.users.delete({ id: admin.id }),
      ]) {
        expect((await failure(attempt())).code).toBe("FORBIDDEN");
      }
    }
    const after = await database().db.user.findUniqueOrThrow({ where: { id: admin.id }, include: { roles: true } });
    expect(after).toMatchObject({ fullName: admin.fullName, active: true, passwordHash: admin.passwordHash });
    expect(after.roles).toHaveLength(1);
  });

  it("unknown ids are NOT_FOUND for admins too", async () => {
    const { caller } = await actAs(database(), "admin");
    const id = "0190b6a2-0000-7000-8000-000000000000";
    for (const attempt of [
      () => caller.users.get({ id }),
      () => caller.users.setActive({ id, active: false }),
      () => caller.users.delete({ id }),
      () => caller.roles.get({ id }),
      () => caller.organizations.get({ id }),
    ]) {
      expect((await failure(attempt())).code).toBe("NOT_FOUND");
    }
  });
});
