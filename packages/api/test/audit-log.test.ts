// The audit log is append-only in the database itself (a trigger), whoever connects; and a user
// who acted can only be anonymised, never deleted, so their audit rows keep their actor.
import { describe, expect, it } from "vitest";
import { actAs, failure, unique } from "./admin";
import { useTestDatabase } from "./db";

const database = useTestDatabase();

/** The error message a statement fails with, sent over a plain connection, not Prisma (the test fails if it succeeds). */
async function refusal(sql: string): Promise<string> {
  const raw = await database().raw();
  try {
    await raw.exec(sql);
  } catch (error) {
    return (error as Error).message;
  } finally {
    await raw.close();
  }
  throw new Error(`expected the statement to fail: ${sql}`);
}

describe("audit log", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, through any client, and keeps the rows", async () => {
    const { caller } = await actAs(database(), "admin");
    await caller.me.update({ bio: unique("An audited change ") });
    const before = await database().db.auditLog.count();
    expect(before).toBeGreaterThan(0);
    const oldest = await database().db.auditLog.findFirstOrThrow({ orderBy: { id: "asc" } });
    expect(await refusal(`UPDATE "AuditLog" SET action = 'tampered' WHERE id = ${oldest.id}`)).toMatch(
      /AuditLog is append-only: UPDATE is not allowed/,
    );
    expect(await refusal(`DELETE FROM "AuditLog" WHERE id = ${oldest.id}`)).toMatch(
      /AuditLog is append-only: DELETE is not allowed/,
    );
    expect(await refusal(`TRUNCATE "AuditLog"`)).toMatch(/AuditLog is append-only: TRUNCATE is not allowed/);
    // Prisma's own update goes through the same trigger.
    await expect(
      database().db.auditLog.update({ where: { id: oldest.id }, data: { action: "tampered" } }),
    ).rejects.toThrow(/append-only/);
    expect(await database().db.auditLog.count()).toBe(before);
    expect(await database().db.auditLog.findUniqueOrThrow({ where: { id: oldest.id } })).toEqual(oldest);
    // Appending still works.
    await database().db.auditLog.create({ data: { action: "test.append", entityType: "test", entityId: "1" } });
    expect(await database().db.auditLog.count()).toBe(before + 1);
  });

  it("deleting a user who acted anonymises them: their audit rows stay, with their actor id", async () => {
    const { caller: admin } = await actAs(database(), "admin");
    const name = unique("actor");
    const { user } = await admin.users.create({
      email: `${name}@example.test`,
      username: name,
      fullName: "Acting User",
      password: "an-acting-password",
      roleIds: [],
    });
    const { caller: actor } = await actAs(database(), name);
    await actor.me.update({ bio: "Leaves a trace." });
    const rows = await database().db.auditLog.findMany({ where: { actorId: user.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["user.update_profile"]);

    // The foreign key refuses to delete the user (it neither rewrites nor orphans the rows)...
    expect(await refusal(`DELETE FROM "User" WHERE id = '${user.id}'`)).toMatch(
      /foreign key constraint "AuditLog_actorId_fkey"/,
    );
    // ...so users.delete anonymises.
    expect(await admin.users.delete({ id: user.id })).toEqual({ id: user.id, anonymised: true });
    expect(await database().db.auditLog.findMany({ where: { actorId: user.id }, orderBy: { id: "asc" } })).toEqual(
      rows,
    );
    expect((await database().db.user.findUniqueOrThrow({ where: { id: user.id } })).fullName).toBe("Deleted user");
    expect((await failure(admin.users.get({ id: user.id }))).code).toBe("NOT_FOUND");
  });

  it("lists entries about internal notes only to those who may read internal notes", async () => {
    const { caller: admin } = await actAs(database(), "admin");
    const ticket = await admin.tickets.create({ title: "An audited ticket", description: "With an internal note." });
    const note = await admin.comments.create({ ticketId: ticket.id, body: "Staff only.", internal: true });
    const reply = await admin.comments.create({ ticketId: ticket.id, body: "Everyone sees this." });
    const role = await admin.roles.create({ name: unique("auditor"), permissions: ["audit.read"] });
    const name = unique("auditor");
    await admin.users.create({
      email: `${name}@example.test`,
      username: name,
      fullName: "Auditor",
      password: "an-auditing-password",
      roleIds: [role.id],
    });
    const { caller: auditor } = await actAs(database(), name);

    const seen = async (caller: typeof admin) =>
      (await caller.audit.list({ entityType: "comment", limit: 100 })).items.map((entry) => entry.entityId);
    expect(await seen(admin)).toEqual(expect.arrayContaining([note.id, reply.id]));
    expect(await seen(auditor)).toContain(reply.id);
    expect(await seen(auditor)).not.toContain(note.id);
  });
});
