// Saved ticket views: private to their owner unless shared with all staff (which needs views.share);
// only the owner changes or deletes one; every change has its audit row.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_VIEWS_PER_USER } from "../src/schemas/helpdesk";
import { failure, unique, useTestDatabase } from "./db";
import { catalogIds, helpdeskCallers } from "./helpdesk";

const database = useTestDatabase();
let who: Awaited<ReturnType<typeof helpdeskCallers>>;
let catalog: Awaited<ReturnType<typeof catalogIds>>;

beforeAll(async () => {
  who = await helpdeskCallers(database());
  catalog = await catalogIds(database());
});

/** Everything saved views and their audit rows hold, to show that a refused call changed nothing. */
async function snapshot() {
  const { db } = database();
  const [views, audit] = await Promise.all([
    db.savedView.findMany({ orderBy: { id: "asc" } }),
    db.auditLog.count({ where: { entityType: "view" } }),
  ]);
  return { views, audit };
}

const fieldErrors = (error: { cause?: unknown }) =>
  error.cause instanceof z.ZodError ? z.flattenError(error.cause).fieldErrors : null;

const names = (items: { name: string }[]) => items.map((view) => view.name);

describe("views", () => {
  it("keeps a private view to its owner: other staff and requesters never see it", async () => {
    const name = unique("Mine open ");
    const created = await who.agent.caller.views.create({
      name: `  ${name}  `,
      filters: { assignee: "me", statusCategories: ["open"] },
    });
    expect(created).toMatchObject({ name, shared: false, mine: true, owner: { id: who.agent.userId } });
    // The parsed filters are stored: defaults filled in, unknown keys dropped.
    expect(created.filters).toEqual({
      assignee: "me",
      statusCategories: ["open"],
      sort: "createdAt",
      direction: "desc",
    });

    expect(names((await who.agent.caller.views.list()).items)).toContain(name);
    expect(names((await who.backoffice.caller.views.list()).items)).not.toContain(name);
    expect(names((await who.deputy.caller.views.list()).items)).not.toContain(name);
    expect(names((await who.requester.caller.views.list()).items)).not.toContain(name);
  });

  it("shows a shared view to all staff with its owner, and never to a requester", async () => {
    const name = unique("Team urgent ");
    const high = catalog.priority("High").id;
    await who.agent.caller.views.create({
      name,
      filters: { priorityIds: [high], createdFrom: new Date("2026-01-01T00:00:00Z") },
      shared: true,
    });
    const agent = (await who.agent.caller.views.list()).items.find((view) => view.name === name);
    expect(agent).toMatchObject({ mine: true, shared: true });

    const seen = (await who.backoffice.caller.views.list()).items.find((view) => view.name === name);
    expect(seen).toMatchObject({
      shared: true,
      mine: false,
      stale: false,
      owner: { id: who.agent.userId, fullName: who.agent.auth.user.fullName },
      filters: { priorityIds: [high], createdFrom: new Date("2026-01-01T00:00:00Z") },
    });
    expect(names((await who.deputy.caller.views.list()).items)).toContain(name);
    expect(names((await who.requester.caller.views.list()).items)).not.toContain(name);

    // The requester's own views are theirs alone, and come first in their list.
    const own = await who.requester.caller.views.create({
      name: unique("My open "),
      filters: { statusCategories: ["open"] },
    });
    expect((await who.requester.caller.views.list()).items.map((view) => view.id)).toEqual([own.id]);
  });

  it("refuses sharing without views.share and changes nothing", async () => {
    const before = await snapshot();
    const error = await failure(
      who.backoffice.caller.views.create({ name: unique("Shared "), filters: {}, shared: true }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toContain("views.share");
    expect(await snapshot()).toEqual(before);

    const view = await who.backoffice.caller.views.create({ name: unique("Private "), filters: {} });
    const afterCreate = await snapshot();
    expect((await failure(who.backoffice.caller.views.update({ id: view.id, shared: true }))).code).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(afterCreate);
  });

  it("names views uniquely per owner, ignoring case and surrounding spaces", async () => {
    const name = unique("Breached ");
    await who.agent.caller.views.create({ name, filters: { sla: "breached" } });
    const before = await snapshot();

    const error = await failure(who.agent.caller.views.create({ name: ` ${name.toUpperCase()} `, filters: {} }));
    expect(error.code).toBe("CONFLICT");
    expect(fieldErrors(error)).toEqual({ name: ["You already have a view with this name."] });
    expect(await snapshot()).toEqual(before);

    // Another owner may use the same name; a rename onto a taken name is refused like a create.
    await who.backoffice.caller.views.create({ name, filters: {} });
    const other = await who.agent.caller.views.create({ name: unique("Other "), filters: {} });
    const renamed = await failure(who.agent.caller.views.update({ id: other.id, name }));
    expect(renamed.code).toBe("CONFLICT");
    expect(fieldErrors(renamed)).toHaveProperty("name");
  });

  it("refuses invalid names and filters", async () => {
    const before = await snapshot();
    for (const input of [
      { name: "   ", filters: {} },
      { name: "x".repeat(61), filters: {} },
      { name: unique("Bad "), filters: { statusIds: ["not-an-id"] } },
      { name: unique("Bad "), filters: { sla: "late" } },
      { name: unique("Bad "), filters: { sort: "title" } },
      { name: unique("Bad "), filters: { createdFrom: "yesterday" } },
    ]) {
      const error = await failure(who.agent.caller.views.create(input as never));
      expect(error.code, JSON.stringify(input)).toBe("BAD_REQUEST");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets only the owner update or delete a view: anyone else gets NOT_FOUND and nothing changes", async () => {
    const view = await who.agent.caller.views.create({ name: unique("Shared "), filters: {}, shared: true });
    const before = await snapshot();
    for (const other of [who.backoffice, who.deputy, who.requester]) {
      expect((await failure(other.caller.views.update({ id: view.id, name: unique("Taken ") }))).code).toBe(
        "NOT_FOUND",
      );
      expect((await failure(other.caller.views.delete({ id: view.id }))).code).toBe("NOT_FOUND");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("writes an audit row for every change, with the before and after", async () => {
    const { db } = database();
    const name = unique("Audited ");
    const view = await who.agent.caller.views.create({ name, filters: { search: "printer" } });
    const renamed = unique("Renamed ");
    await who.agent.caller.views.update({ id: view.id, name: renamed, filters: { search: "vpn" }, shared: true });
    // An update that changes nothing writes nothing.
    await who.agent.caller.views.update({ id: view.id, name: renamed });
    await who.agent.caller.views.delete({ id: view.id });
    expect(await db.savedView.findUnique({ where: { id: view.id } })).toBeNull();

    const rows = await db.auditLog.findMany({
      where: { entityType: "view", entityId: view.id },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true, changes: true },
    });
    expect(rows.map((row) => row.action)).toEqual(["view.create", "view.update", "view.delete"]);
    expect(rows.every((row) => row.actorId === who.agent.userId)).toBe(true);
    expect(rows[1]!.changes).toEqual({
      name: { before: name, after: renamed },
      filters: {
        before: { search: "printer", sort: "createdAt", direction: "desc" },
        after: { search: "vpn", sort: "createdAt", direction: "desc" },
      },
      shared: { before: false, after: true },
    });
    expect(rows[2]!.changes).toMatchObject({ name: { before: renamed, after: null } });
  });

  it("lets the owner unshare without views.share, and keeps at most the limit of views per user", async () => {
    const { db } = database();
    const userId = who.otherRequester.userId;
    // A view shared while its owner could share it (e.g. before losing the permission).
    const shared = await db.savedView.create({
      data: { ownerId: userId, name: unique("Was shared "), filters: {}, shared: true },
    });
    expect((await who.otherRequester.caller.views.update({ id: shared.id, shared: false })).shared).toBe(false);

    const have = await db.savedView.count({ where: { ownerId: userId } });
    await db.savedView.createMany({
      data: Array.from({ length: MAX_VIEWS_PER_USER - have - 1 }, (_, i) => ({
        ownerId: userId,
        name: `Filler ${i}`,
        filters: {},
      })),
    });
    await who.otherRequester.caller.views.create({ name: "The last one", filters: {} });
    const before = await snapshot();
    const error = await failure(who.otherRequester.caller.views.create({ name: "One too many", filters: {} }));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toContain(`at most ${MAX_VIEWS_PER_USER}`);
    expect(await snapshot()).toEqual(before);
  });
});
