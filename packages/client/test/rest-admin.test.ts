// The administration over REST, as a program in another language uses it: people, roles,
// organizations and locations, the ticket catalogs, the instance settings. Plain fetch and JSON.
// Everything here is created by the test itself; what it changes of the shared demo data it restores.
import { describe, expect, it } from "vitest";
import { expectError, login, rest } from "./rest-helpers";

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

type Named = { id: string; name: string };

async function roleId(token: string, name: string): Promise<string> {
  const roles = await rest("GET", "/roles", { token });
  expect(roles.status).toBe(200);
  const role = (roles.body.items as Named[]).find((candidate) => candidate.name === name);
  expect(role, name).toBeDefined();
  return role!.id;
}

describe("REST /api/v1: users", () => {
  it("an admin creates a user with a role, changes it, disables, enables, resets and deletes it", async () => {
    const admin = (await login("admin")).accessToken;
    const [agentRole, requesterRole] = [await roleId(admin, "agent"), await roleId(admin, "requester")];
    const name = `restadmin${stamp()}`;

    // No password given: one is generated and answered once.
    const created = await rest("POST", "/users", {
      token: admin,
      body: { email: `${name}@example.com`, username: name, fullName: "Rosa REST", roleIds: [requesterRole] },
    });
    expect(created.status).toBe(200);
    expect(created.body.generatedPassword).toEqual(expect.any(String));
    expect(created.body.user).toMatchObject({
      email: `${name}@example.com`,
      username: name,
      active: true,
      isSuperuser: false,
      organization: null,
      roles: [{ id: requesterRole, name: "requester" }],
    });
    expect(created.body.user.createdAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    expect(JSON.stringify(created.body)).not.toMatch(/passwordHash|argon/);
    const id = created.body.user.id as string;
    const theirs = await login(name, created.body.generatedPassword);
    expect(theirs.user.id).toBe(id);

    const edited = await rest("PATCH", `/users/${id}`, {
      token: admin,
      body: { fullName: "Rosa Rest", phone: "+34 600 000 000" },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      id,
      fullName: "Rosa Rest",
      phone: "+34 600 000 000",
      email: `${name}@example.com`,
    });

    const reroled = await rest("PUT", `/users/${id}/roles`, { token: admin, body: { roleIds: [agentRole] } });
    expect(reroled.status).toBe(200);
    expect(reroled.body.roles).toEqual([{ id: agentRole, name: "agent" }]);
    const detail = await rest("GET", `/users/${id}`, { token: admin });
    expect(detail.body).toMatchObject({ id, fullName: "Rosa Rest", roles: [{ name: "agent" }] });
    expect(detail.body.recentActivity.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(["user.create", "user.update", "user.set_roles"]),
    );

    // Disabled: the open session ends and signing in is refused.
    const disabled = await rest("PUT", `/users/${id}/active`, { token: admin, body: { active: false } });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ id, active: false });
    expectError(await rest("GET", "/me", { token: theirs.accessToken }), 401, "UNAUTHORIZED");
    const refused = await rest("POST", "/auth/login", {
      body: { login: name, password: created.body.generatedPassword, device: "rest test" },
    });
    expectError(refused, 403, "FORBIDDEN");
    const listed = await rest("GET", `/users?search=${name}&active=false`, { token: admin });
    expect(listed.body.items.map((user: Named) => user.id)).toEqual([id]);

    const enabled = await rest("PUT", `/users/${id}/active`, { token: admin, body: { active: true } });
    expect(enabled.body).toMatchObject({ id, active: true });
    expect((await login(name, created.body.generatedPassword)).user.id).toBe(id);

    // A password chosen by the admin: nothing generated, the old one stops working.
    const reset = await rest("POST", `/users/${id}/password-reset`, {
      token: admin,
      body: { password: "a brand new passphrase 2026" },
    });
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({ generatedPassword: null });
    expect((await login(name, "a brand new passphrase 2026")).user.id).toBe(id);
    // No body at all: a password is generated.
    const generated = await rest("POST", `/users/${id}/password-reset`, { token: admin });
    expect(generated.status).toBe(200);
    expect(generated.body.generatedPassword).toEqual(expect.any(String));

    // The user signed in, so the audit log names them: the account is anonymised rather than removed.
    const deleted = await rest("DELETE", `/users/${id}`, { token: admin });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ id, anonymised: true });
    expectError(await rest("GET", `/users/${id}`, { token: admin }), 404, "NOT_FOUND");
    expectError(await rest("DELETE", `/users/${id}`, { token: admin }), 404, "NOT_FOUND");
  });

  it("refuses: 403 without users.manage, 403 for superuser rules, 409 with the field for a taken email, 400 for bad input", async () => {
    const agent = (await login("agent")).accessToken;
    const deputy = (await login("deputy")).accessToken;
    const admin = await login("admin");
    const name = `restdup${stamp()}`;
    const account = { email: `${name}@example.com`, username: name, fullName: "Dora Duplicate", roleIds: [] };

    const forbidden = await rest("POST", "/users", { token: agent, body: account });
    expectError(forbidden, 403, "FORBIDDEN");
    expect(forbidden.body.error.message).toContain("users.manage");

    const created = await rest("POST", "/users", {
      token: deputy,
      body: { ...account, password: "a long passphrase 2026" },
    });
    expect(created.status).toBe(200);
    expect(created.body.generatedPassword).toBeNull();
    const id = created.body.user.id as string;

    const taken = await rest("POST", "/users", {
      token: admin.accessToken,
      body: { ...account, username: `${name}x` },
    });
    expectError(taken, 409, "CONFLICT");
    expect(taken.body.error.fieldErrors).toEqual({ email: ["An account with this email already exists."] });
    const takenUsername = await rest("PATCH", `/users/${id}`, {
      token: admin.accessToken,
      body: { username: "agent" },
    });
    expectError(takenUsername, 409, "CONFLICT");
    expect(Object.keys(takenUsername.body.error.fieldErrors)).toEqual(["username"]);

    const bad = await rest("POST", "/users", { token: admin.accessToken, body: { ...account, email: "not-an-email" } });
    expectError(bad, 400, "BAD_REQUEST");
    expect(Object.keys(bad.body.error.fieldErrors)).toContain("email");

    // Only a superuser grants superuser or acts on a superuser's account; the deputy holds the admin role only.
    const grant = await rest("PUT", `/users/${id}/superuser`, { token: deputy, body: { isSuperuser: true } });
    expectError(grant, 403, "FORBIDDEN");
    expect(grant.body.error.message).toContain("superuser");
    expectError(
      await rest("PUT", `/users/${admin.user.id}/active`, { token: deputy, body: { active: false } }),
      403,
      "FORBIDDEN",
    );
    expectError(await rest("GET", "/users", { token: agent }), 403, "FORBIDDEN");

    // Nobody disables themselves.
    expectError(
      await rest("PUT", `/users/${admin.user.id}/active`, { token: admin.accessToken, body: { active: false } }),
      412,
      "PRECONDITION_FAILED",
    );

    // Never signed in, nothing refers to them: removed outright.
    const deleted = await rest("DELETE", `/users/${id}`, { token: deputy });
    expect(deleted.body).toEqual({ id, anonymised: false });
  });
});

describe("REST /api/v1: roles", () => {
  it("a role is created with permissions, read, updated, given to a user and deleted (force to take it back)", async () => {
    const admin = (await login("admin")).accessToken;

    // Declared before /roles/{id}, so not taken for a role id.
    const catalogue = await rest("GET", "/roles/permissions", { token: admin });
    expect(catalogue.status).toBe(200);
    const names = catalogue.body.areas.flatMap((area: { permissions: { name: string }[] }) =>
      area.permissions.map((permission) => permission.name),
    );
    expect(names).toEqual(expect.arrayContaining(["users.manage", "tickets.assign", "settings.manage"]));
    expect(catalogue.body.areas[0]).toMatchObject({
      area: expect.any(String),
      label: { en: expect.any(String), es: expect.any(String) },
    });

    const name = `Night shift ${stamp()}`;
    const created = await rest("POST", "/roles", {
      token: admin,
      body: { name, description: "Works tickets at night.", permissions: ["tickets.read.all", "tickets.create"] },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      name,
      builtIn: false,
      memberCount: 0,
      permissions: ["tickets.create", "tickets.read.all"],
    });
    const id = created.body.id as string;

    const read = await rest("GET", `/roles/${id}`, { token: admin });
    expect(read.body).toMatchObject({ id, name, description: "Works tickets at night." });
    expect(read.body.updatedAt).toMatch(/Z$/);

    const updated = await rest("PATCH", `/roles/${id}`, {
      token: admin,
      body: { name: `${name} crew`, permissions: ["tickets.read.all", "tickets.assign"] },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      id,
      name: `${name} crew`,
      permissions: ["tickets.assign", "tickets.read.all"],
    });

    const duplicate = await rest("POST", "/roles", { token: admin, body: { name: `${name} CREW`, permissions: [] } });
    expectError(duplicate, 409, "CONFLICT");
    expect(Object.keys(duplicate.body.error.fieldErrors)).toEqual(["name"]);
    expectError(
      await rest("GET", "/roles/permissions", { token: (await login("agent")).accessToken }),
      403,
      "FORBIDDEN",
    );

    // Held by a user: deleting needs ?force=true (and force=false is false).
    const username = `restrole${stamp()}`;
    const member = await rest("POST", "/users", {
      token: admin,
      body: { email: `${username}@example.com`, username, fullName: "Nina Night", roleIds: [id] },
    });
    expect(member.status).toBe(200);
    expectError(await rest("DELETE", `/roles/${id}`, { token: admin }), 409, "CONFLICT");
    expectError(await rest("DELETE", `/roles/${id}?force=false`, { token: admin }), 409, "CONFLICT");
    const deleted = await rest("DELETE", `/roles/${id}?force=true`, { token: admin });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ id, removedFromUsers: 1 });
    expectError(await rest("GET", `/roles/${id}`, { token: admin }), 404, "NOT_FOUND");
    expect((await rest("GET", `/users/${member.body.user.id}`, { token: admin })).body.roles).toEqual([]);
    expect((await rest("DELETE", `/users/${member.body.user.id}`, { token: admin })).status).toBe(200);

    // Built-in roles stay.
    expectError(
      await rest("DELETE", `/roles/${await roleId(admin, "agent")}`, { token: admin }),
      412,
      "PRECONDITION_FAILED",
    );
  });
});

describe("REST /api/v1: organizations and locations", () => {
  it("an organization is created, found, renamed, deactivated and deleted", async () => {
    const admin = (await login("admin")).accessToken;
    const name = `Globex ${stamp()}`;
    const created = await rest("POST", "/organizations", { token: admin, body: { name, domain: "Globex.example" } });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      name,
      domain: "globex.example",
      active: true,
      _count: { users: 0, tickets: 0 },
    });
    const id = created.body.id as string;

    // Any signed-in user reads the directory.
    const requester = (await login("requester")).accessToken;
    const found = await rest("GET", `/organizations?search=${encodeURIComponent(name)}`, { token: requester });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ items: [{ id, name }], nextCursor: null });
    expect((await rest("GET", `/organizations/${id}`, { token: requester })).body).toMatchObject({ id, name });
    expectError(
      await rest("POST", "/organizations", { token: requester, body: { name: `${name} 2` } }),
      403,
      "FORBIDDEN",
    );
    expectError(
      await rest("POST", "/organizations", { token: admin, body: { name: name.toUpperCase() } }),
      409,
      "CONFLICT",
    );

    const updated = await rest("PATCH", `/organizations/${id}`, {
      token: admin,
      body: { name: `${name} Inc`, active: false },
    });
    expect(updated.body).toMatchObject({ id, name: `${name} Inc`, active: false });
    const inactive = await rest("GET", `/organizations?search=${encodeURIComponent(name)}&active=false`, {
      token: admin,
    });
    expect(inactive.body.items.map((row: Named) => row.id)).toEqual([id]);
    const active = await rest("GET", `/organizations?search=${encodeURIComponent(name)}&active=true`, { token: admin });
    expect(active.body.items).toEqual([]);

    const deleted = await rest("DELETE", `/organizations/${id}`, { token: admin });
    expect(deleted.body).toEqual({ id, deleted: true, deactivated: false });
    expectError(await rest("GET", `/organizations/${id}`, { token: admin }), 404, "NOT_FOUND");
  });

  it("a location someone works at is deactivated rather than deleted", async () => {
    const admin = (await login("admin")).accessToken;
    const name = `Lisbon office ${stamp()}`;
    const created = await rest("POST", "/locations", { token: admin, body: { name, description: "Rua Augusta 1" } });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      name,
      description: "Rua Augusta 1",
      active: true,
      position: expect.any(Number),
    });
    const id = created.body.id as string;

    const renamed = await rest("PATCH", `/locations/${id}`, { token: admin, body: { description: "Rua Augusta 2" } });
    expect(renamed.body).toMatchObject({ id, name, description: "Rua Augusta 2" });

    const username = `restloc${stamp()}`;
    const user = await rest("POST", "/users", {
      token: admin,
      body: { email: `${username}@example.com`, username, fullName: "Luís Lisboa", roleIds: [], locationId: id },
    });
    expect(user.body.user.location).toEqual({ id, name });
    expect((await rest("GET", `/locations/${id}`, { token: admin })).body._count).toEqual({ users: 1, tickets: 0 });

    const deleted = await rest("DELETE", `/locations/${id}`, { token: admin });
    expect(deleted.body).toEqual({ id, deleted: false, deactivated: true });
    expect((await rest("GET", `/locations/${id}`, { token: admin })).body).toMatchObject({ id, active: false });

    // Cleared from the user, and then nothing refers to it: deleted.
    const moved = await rest("PATCH", `/users/${user.body.user.id}`, { token: admin, body: { locationId: null } });
    expect(moved.body.location).toBeNull();
    expect((await rest("DELETE", `/users/${user.body.user.id}`, { token: admin })).status).toBe(200);
    expect((await rest("DELETE", `/locations/${id}`, { token: admin })).body).toEqual({
      id,
      deleted: true,
      deactivated: false,
    });
  });
});

describe("REST /api/v1: catalogs", () => {
  it("a category is created, renamed, given a problem type, deactivated and reordered", async () => {
    const admin = (await login("admin")).accessToken;
    const name = `Printers ${stamp()}`;
    const created = await rest("POST", "/catalogs/categories", {
      token: admin,
      body: { name, nameEs: "Impresoras", description: "Jams, toner, drivers." },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      name,
      nameEs: "Impresoras",
      active: true,
      description: "Jams, toner, drivers.",
    });
    const id = created.body.id as string;

    const renamed = await rest("PATCH", `/catalogs/categories/${id}`, {
      token: admin,
      body: { name: `${name} & scanners` },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id, name: `${name} & scanners`, nameEs: "Impresoras" });

    const problemType = await rest("POST", "/catalogs/problem-types", {
      token: admin,
      body: { name: `Paper jam ${stamp()}`, nameEs: "Atasco de papel", categoryId: id },
    });
    expect(problemType.status).toBe(200);
    expect(problemType.body).toMatchObject({ categoryId: id, active: true });

    const duplicate = await rest("POST", "/catalogs/categories", {
      token: admin,
      body: { name: name.toLowerCase() + " & SCANNERS", nameEs: "Otra" },
    });
    expectError(duplicate, 409, "CONFLICT");
    expect(Object.keys(duplicate.body.error.fieldErrors)).toEqual(["name"]);
    expectError(
      await rest("POST", "/catalogs/categories", {
        token: (await login("agent")).accessToken,
        body: { name: "No", nameEs: "No" },
      }),
      403,
      "FORBIDDEN",
    );

    const deactivated = await rest("PUT", `/catalogs/categories/${id}/active`, {
      token: admin,
      body: { active: false },
    });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body).toMatchObject({ id, active: false });
    const problemTypeOff = await rest("PUT", `/catalogs/problem-types/${problemType.body.id}/active`, {
      token: admin,
      body: { active: false },
    });
    expect(problemTypeOff.body).toMatchObject({ active: false });

    // The new category first, then back where it was: /order is not taken for an item id.
    const before = (await rest("GET", "/catalogs", { token: admin })).body.categories as Named[];
    const ids = before.map((category) => category.id);
    expect(ids.at(-1)).toBe(id);
    const first = [id, ...ids.filter((other) => other !== id)];
    const reordered = await rest("PUT", "/catalogs/categories/order", { token: admin, body: { ids: first } });
    expect(reordered.status).toBe(200);
    expect(reordered.body.map((category: Named) => category.id)).toEqual(first);
    expect(reordered.body[0]).toMatchObject({ id, position: 0, active: false });
    expectError(
      await rest("PUT", "/catalogs/categories/order", { token: admin, body: { ids: first.slice(1) } }),
      400,
      "BAD_REQUEST",
    );
    const restored = await rest("PUT", "/catalogs/categories/order", { token: admin, body: { ids } });
    expect(restored.body.map((category: Named) => category.id)).toEqual(ids);

    const listed = (await rest("GET", "/catalogs", { token: admin })).body;
    expect(listed.categories.find((category: Named) => category.id === id)).toMatchObject({ active: false });
    expect(listed.problemTypes.find((type: Named) => type.id === problemType.body.id)).toMatchObject({
      categoryId: id,
    });
  });
});

describe("REST /api/v1: settings", () => {
  // Here, not in rest.test.ts: this file closes registration for a moment, and its tests run in order.
  it("registers an account, and answers 409 with the field for a taken email", async () => {
    const name = `rest${Date.now().toString(36)}`;
    const account = { email: `${name}@example.com`, username: name, fullName: "Rita REST", password: "a long passphrase 2026" };
    const registered = await rest("POST", "/auth/register", { body: account });
    expect(registered.status).toBe(200);
    expect(registered.body).toMatchObject({ email: account.email, username: name });
    expect(registered.body).not.toHaveProperty("passwordHash");
    const again = await rest("POST", "/auth/register", { body: { ...account, username: `${name}x` } });
    expectError(again, 409, "CONFLICT");
    expect(again.body.error.fieldErrors).toEqual({ email: ["An account with this email already exists."] });
    expect((await login(name, account.password)).user.id).toBe(registered.body.id);
  });

  it("are public to read; the admin changes them (and it is put back), others may not", async () => {
    const read = await rest("GET", "/settings");
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ registrationEnabled: true });

    const agent = (await login("agent")).accessToken;
    const forbidden = await rest("PATCH", "/settings", { token: agent, body: { registrationEnabled: false } });
    expectError(forbidden, 403, "FORBIDDEN");
    expect(forbidden.body.error.message).toContain("settings.manage");
    expectError(await rest("PATCH", "/settings", { body: { registrationEnabled: false } }), 401, "UNAUTHORIZED");
    const admin = (await login("admin")).accessToken;
    expectError(
      await rest("PATCH", "/settings", { token: admin, body: { registrationEnabled: "no" } }),
      400,
      "BAD_REQUEST",
    );

    // Closed for as short a time as possible: other test files register accounts on this server.
    try {
      const closed = await rest("PATCH", "/settings", { token: admin, body: { registrationEnabled: false } });
      expect(closed.status).toBe(200);
      expect(closed.body).toEqual({ registrationEnabled: false });
      expect((await rest("GET", "/settings")).body).toEqual({ registrationEnabled: false });
    } finally {
      const reopened = await rest("PATCH", "/settings", { token: admin, body: { registrationEnabled: true } });
      expect(reopened.body).toEqual({ registrationEnabled: true });
    }
    expect((await rest("GET", "/settings")).body).toEqual({ registrationEnabled: true });
  });
});
