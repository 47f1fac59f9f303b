import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { fieldIssues } from "../src/lib/errors";
import { failure, unique, useTestDatabase } from "./db";
import { helpdeskCallers } from "./helpdesk";

const database = useTestDatabase();
let who: Awaited<ReturnType<typeof helpdeskCallers>>;

beforeAll(async () => {
  who = await helpdeskCallers(database());
});

describe("catalogs", () => {
  it("lists every catalog for any signed-in user, in position order", async () => {
    const lists = await who.requester.caller.catalogs.list();
    expect(lists.statuses.map((s) => s.name)).toEqual([
      "New",
      "Open",
      "In progress",
      "Waiting on requester",
      "On hold",
      "Resolved",
      "Closed",
    ]);
    expect(lists.statuses.filter((s) => s.isDefault)).toHaveLength(1);
    expect(lists.priorities.every((p) => p.resolutionMinutes >= p.responseMinutes)).toBe(true);
    expect(lists.problemTypes.length).toBeGreaterThan(0);
  });

  it("creates items at the end, refuses a taken name with CONFLICT, and audits", async () => {
    const { caller } = who.backoffice;
    const name = unique("Printers ");
    const created = await caller.catalogs.categories.create({ name, nameEs: `Impresoras ${name}` });
    const lists = await caller.catalogs.list();
    expect(lists.categories.at(-1)).toMatchObject({ id: created.id, active: true });
    const taken = await failure(caller.catalogs.categories.create({ name: name.toUpperCase(), nameEs: "x" }));
    expect(taken.code).toBe("CONFLICT");
    // The reason a client translates, and which catalog it is about.
    expect(taken.cause).toBeInstanceOf(ZodError);
    expect(fieldIssues(taken.cause as ZodError)).toEqual({
      name: { reason: "nameTaken", values: { kind: "category" } },
    });
    const entry = await database().db.auditLog.findFirstOrThrow({ where: { entityId: created.id } });
    expect(entry).toMatchObject({ action: "category.create", actorId: who.backoffice.userId });
  });

  it("deactivates an item in use instead of deleting it; tickets keep it, new tickets cannot pick it", async () => {
    const { db } = database();
    const used = await db.ticket.findFirstOrThrow({
      where: { categoryId: { not: null } },
      select: { id: true, categoryId: true },
    });
    const item = await who.backoffice.caller.catalogs.categories.setActive({ id: used.categoryId!, active: false });
    expect(item.active).toBe(false);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: used.id } })).categoryId).toBe(used.categoryId);
    const error = await failure(
      who.requester.caller.tickets.create({
        title: "Needs a category",
        description: "x",
        categoryId: used.categoryId!,
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    // A ticket that has it may keep it through other edits.
    await expect(
      who.agent.caller.tickets.update({ id: used.id, categoryId: used.categoryId, title: "Kept its category" }),
    ).resolves.toMatchObject({ category: { id: used.categoryId } });
    await who.backoffice.caller.catalogs.categories.setActive({ id: used.categoryId!, active: true });
  });

  it("keeps exactly one default status: a new default takes over, the default cannot be deactivated or unset", async () => {
    const { caller } = who.backoffice;
    const before = (await caller.catalogs.list()).statuses.find((s) => s.isDefault)!;
    expect((await failure(caller.catalogs.statuses.setActive({ id: before.id, active: false }))).code).toBe(
      "BAD_REQUEST",
    );
    expect((await failure(caller.catalogs.statuses.update({ id: before.id, isDefault: false }))).code).toBe(
      "BAD_REQUEST",
    );
    const triage = await caller.catalogs.statuses.create({
      name: unique("Triage "),
      nameEs: unique("Triaje "),
      category: "open",
      isDefault: true,
    });
    const defaults = (await caller.catalogs.list()).statuses.filter((s) => s.isDefault).map((s) => s.id);
    expect(defaults).toEqual([triage.id]);
    const ticket = await who.requester.caller.tickets.create({ title: "Default status", description: "x" });
    expect(ticket.status.id).toBe(triage.id);
    await caller.catalogs.statuses.update({ id: before.id, isDefault: true });
  });

  it("reorders a catalog given every item once; priorities' new order sorts tickets", async () => {
    const { db } = database();
    const { caller } = who.backoffice;
    const priorities = (await caller.catalogs.list()).priorities;
    const ids = priorities.map((p) => p.id);
    expect((await failure(caller.catalogs.priorities.reorder({ ids: ids.slice(1) }))).code).toBe("BAD_REQUEST");
    expect((await failure(caller.catalogs.priorities.reorder({ ids: [ids[0]!, ...ids.slice(0, -1)] }))).code).toBe(
      "BAD_REQUEST",
    );
    const reversed = [...ids].reverse();
    const after = await caller.catalogs.priorities.reorder({ ids: reversed });
    expect(after.map((p) => p.id)).toEqual(reversed);
    const first = priorities[0]!;
    const ranks = await db.ticket.findMany({
      where: { priorityId: first.id },
      select: { priorityRank: true },
      distinct: ["priorityRank"],
    });
    expect(ranks).toEqual([{ priorityRank: ids.length - 1 }]);
    await caller.catalogs.priorities.reorder({ ids });
  });

  it("refuses bad input with field errors: resolution before response, a bad colour", async () => {
    const { caller } = who.backoffice;
    const error = await failure(
      caller.catalogs.priorities.create({ name: unique("P"), nameEs: "P", responseMinutes: 60, resolutionMinutes: 30 }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(error.cause)).toContain("resolutionMinutes");
    expect(
      (
        await failure(
          caller.catalogs.statuses.create({ name: unique("S"), nameEs: "S", category: "open", color: "red" }),
        )
      ).code,
    ).toBe("BAD_REQUEST");
  });
});
