// The demo goes into a database once: what happens to the demo data afterwards is the instance's own.
import { describe, expect, it } from "vitest";
import { seed } from "../../../prisma/seed";
import { DEMO_SEEDED_SETTING } from "../../../prisma/seed/once";
import { DEFAULT_ROLE_PERMISSIONS } from "../src/permissions";
import { createAdministrator } from "../src/services/administrators";
import { callerFor, useTestDatabase } from "./db";

const database = useTestDatabase();
const PASSWORD = "a long and private passphrase";

const ADMIN = "admin@soporte.test";
const BACKOFFICE = "backoffice@soporte.test";

/** What an instance's owner does: creates their own administrator and deletes demo accounts
 * through the product (every demo account has history, so deleting anonymises it). */
async function replaceDemoAccounts() {
  const { db } = database();
  await createAdministrator(
    db,
    { email: "owner@example.com", username: "owner", fullName: "Owner", password: PASSWORD },
    { force: true },
  );
  const { caller } = await callerFor(database(), "owner", PASSWORD);
  for (const email of [ADMIN, BACKOFFICE]) {
    const { id } = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    expect(await caller.users.delete({ id })).toEqual({ id, anonymised: true });
  }
}

describe("demo data", () => {
  it("comes with the built-in roles from the migrations, holding their default permissions", async () => {
    const roles = await database().db.role.findMany({
      where: { builtIn: true },
      select: { name: true, permissions: true },
      orderBy: { name: "asc" },
    });
    expect(roles.map((role) => ({ ...role, permissions: [...role.permissions].sort() }))).toEqual(
      (["admin", "agent", "requester"] as const).map((name) => ({
        name,
        permissions: [...DEFAULT_ROLE_PERMISSIONS[name]].sort(),
      })),
    );
  });

  it("is not seeded again: demo accounts deleted since, the superuser admin among them, stay gone", async () => {
    const { db } = database();
    expect(await db.setting.findUnique({ where: { key: DEMO_SEEDED_SETTING } })).not.toBeNull();
    await replaceDemoAccounts();
    const before = { users: await db.user.count(), tickets: await db.ticket.count() };

    const summary = await seed(db);

    expect(summary.before).toBe("seeded");
    expect({ users: summary.users, tickets: summary.tickets }).toEqual(before);
    expect(await db.user.count({ where: { email: { in: [ADMIN, BACKOFFICE] } } })).toBe(0);
    expect(await db.user.count({ where: { isSuperuser: true, active: true } })).toBe(1);
  });

  it("is not added to a database seeded before the marker existed; the database is marked instead", async () => {
    const { db } = database();
    await db.setting.delete({ where: { key: DEMO_SEEDED_SETTING } });
    // Gone one way or another (the test before anonymised it; alone, this renames it).
    await db.user.updateMany({ where: { email: ADMIN }, data: { email: "renamed.admin@example.com" } });
    const users = await db.user.count();

    const summary = await seed(db);

    expect(summary.before).toBe("in-use");
    expect(summary.users).toBe(users);
    expect(await db.user.count({ where: { email: ADMIN } })).toBe(0);
    expect(await db.setting.findUnique({ where: { key: DEMO_SEEDED_SETTING } })).not.toBeNull();
  });
});
