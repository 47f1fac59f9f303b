import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS } from "../src/permissions";
import { actAs, failure, unique } from "./admin";
import { useTestDatabase } from "./db";

const database = useTestDatabase();

describe("roles", () => {
  it("lists roles with member counts and the permission catalogue by area", async () => {
    const { caller } = await actAs(database(), "admin");
    const { items } = await caller.roles.list();
    const byName = Object.fromEntries(items.map((r) => [r.name, r]));
    expect(byName.admin).toMatchObject({ builtIn: true, memberCount: 2 });
    expect(byName.backoffice).toMatchObject({ builtIn: false, memberCount: 1 });
    expect(byName.requester!.memberCount).toBeGreaterThan(10);
    const { areas } = await caller.roles.permissions();
    const names = areas.flatMap((a) => a.permissions.map((p) => p.name));
    expect(names.sort()).toEqual([...ALL_PERMISSIONS].sort());
    expect(areas.every((a) => a.label.es && a.permissions.every((p) => p.label.es && p.description.en))).toBe(true);
  });

  it("creates and edits custom roles; refuses unknown permissions and duplicate names", async () => {
    const { caller } = await actAs(database(), "admin");
    const name = unique("Night shift ");
    const role = await caller.roles.create({
      name,
      description: "After hours",
      permissions: ["tickets.read.all", "tickets.assign", "tickets.assign"],
    });
    expect(role.permissions).toEqual(["tickets.assign", "tickets.read.all"]);
    expect((await failure(caller.roles.create({ name: name.toUpperCase(), permissions: [] }))).code).toBe("CONFLICT");
    expect(
      (await failure(caller.roles.create({ name: unique("r"), permissions: ["root.everything" as "audit.read"] })))
        .code,
    ).toBe("BAD_REQUEST");
    const renamed = await caller.roles.update({ id: role.id, name: `${name} 2`, permissions: ["audit.read"] });
    expect(renamed).toMatchObject({ name: `${name} 2`, permissions: ["audit.read"] });
    const entry = await database().db.auditLog.findFirstOrThrow({
      where: { entityId: role.id, action: "role.update" },
    });
    expect(entry.changes).toMatchObject({
      name: { before: name, after: `${name} 2` },
      permissions: { before: ["tickets.assign", "tickets.read.all"], after: ["audit.read"] },
    });
  });

  it("built-in roles cannot be renamed or deleted, and admin keeps what administering needs", async () => {
    const { caller } = await actAs(database(), "admin");
    const admin = await database().db.role.findUniqueOrThrow({ where: { name: "admin" } });
    const agent = await database().db.role.findUniqueOrThrow({ where: { name: "agent" } });
    expect((await failure(caller.roles.update({ id: agent.id, name: "Agents" }))).message).toMatch(/cannot be renamed/);
    expect((await failure(caller.roles.delete({ id: agent.id, force: true }))).code).toBe("PRECONDITION_FAILED");
    expect((await failure(caller.roles.update({ id: admin.id, permissions: ["dashboard.read"] }))).message).toMatch(
      /must keep/,
    );
    expect((await caller.roles.update({ id: agent.id, description: "Front line" })).description).toBe("Front line");
  });

  it("deleting a role still assigned needs force, then removes it from its users", async () => {
    const { caller } = await actAs(database(), "admin");
    const role = await caller.roles.create({ name: unique("Temp "), permissions: ["dashboard.read"] });
    const requester = await database().db.user.findUniqueOrThrow({
      where: { username: "requester" },
      include: { roles: true },
    });
    await caller.users.setRoles({ id: requester.id, roleIds: [...requester.roles.map((r) => r.roleId), role.id] });
    const refused = await failure(caller.roles.delete({ id: role.id }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/assigned to 1 user/);
    expect(await database().db.role.count({ where: { id: role.id } })).toBe(1);
    expect(await caller.roles.delete({ id: role.id, force: true })).toEqual({ id: role.id, removedFromUsers: 1 });
    expect(await database().db.userRole.count({ where: { roleId: role.id } })).toBe(0);
    expect(await database().db.userRole.count({ where: { userId: requester.id } })).toBe(requester.roles.length);
  });
});

describe("organizations and locations", () => {
  it("creates, edits, and deletes unused ones; ones in use are deactivated instead", async () => {
    const { caller } = await actAs(database(), "backoffice");
    const name = unique("Org ");
    const org = await caller.organizations.create({ name, domain: "Example.COM" });
    expect(org).toMatchObject({ name, domain: "example.com", active: true });
    expect((await failure(caller.organizations.create({ name }))).code).toBe("CONFLICT");
    expect((await failure(caller.organizations.create({ name: unique("o"), domain: "not a domain" }))).code).toBe(
      "BAD_REQUEST",
    );
    expect((await caller.organizations.list({ search: name })).items.map((o) => o.id)).toEqual([org.id]);
    expect(await caller.organizations.delete({ id: org.id })).toEqual({
      id: org.id,
      deleted: true,
      deactivated: false,
    });

    const used = await database().db.location.findFirstOrThrow({ where: { tickets: { some: {} } } });
    expect(await caller.locations.delete({ id: used.id })).toEqual({ id: used.id, deleted: false, deactivated: true });
    expect((await caller.locations.get({ id: used.id })).active).toBe(false);
    expect((await caller.locations.update({ id: used.id, active: true })).active).toBe(true);
  });

  it("users belong to at most one organization and one location", async () => {
    const { caller } = await actAs(database(), "admin");
    const orgs = (await caller.organizations.list({ limit: 2 })).items;
    const agent = await database().db.user.findUniqueOrThrow({ where: { username: "agent" } });
    const updated = await caller.users.update({ id: agent.id, organizationId: orgs[0]!.id });
    expect(updated.organization?.id).toBe(orgs[0]!.id);
    expect((await caller.users.update({ id: agent.id, organizationId: orgs[1]!.id })).organization?.id).toBe(
      orgs[1]!.id,
    );
    expect((await caller.users.update({ id: agent.id, organizationId: null })).organization).toBeNull();
  });
});
