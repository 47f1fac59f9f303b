import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "./admin";
import { failure, unique, useTestDatabase } from "./db";
import { catalogIds, helpdeskCallers } from "./helpdesk";

const database = useTestDatabase();
let who: Awaited<ReturnType<typeof helpdeskCallers>>;
let catalog: Awaited<ReturnType<typeof catalogIds>>;

beforeAll(async () => {
  who = await helpdeskCallers(database());
  catalog = await catalogIds(database());
});

const MINUTE = 60_000;

describe("tickets.create", () => {
  it("gives a requester's ticket the defaults, their organization and location, and SLA due times from the priority", async () => {
    const { db } = database();
    const requester = await db.user.findUniqueOrThrow({
      where: { username: "requester" },
      select: { organizationId: true, locationId: true },
    });
    const ticket = await who.requester.caller.tickets.create({
      title: unique("Printer jam "),
      description: "The second floor printer eats paper.",
    });
    const normal = catalog.priority("Normal");
    expect(ticket.number).toBeGreaterThan(0);
    expect(ticket.status.name).toBe("New");
    expect(ticket.priority.name).toBe("Normal");
    expect(ticket.organization?.id).toBe(requester.organizationId);
    expect(ticket.location?.id).toBe(requester.locationId);
    expect(ticket.sla.responseDueAt.getTime() - ticket.createdAt.getTime()).toBe(normal.responseMinutes * MINUTE);
    expect(ticket.sla.resolutionDueAt.getTime() - ticket.createdAt.getTime()).toBe(normal.resolutionMinutes * MINUTE);
    expect(ticket.sla.state).toBe("ok");
    const audit = await db.auditLog.findFirstOrThrow({ where: { ticketId: ticket.id, action: "ticket.create" } });
    expect(audit.actorId).toBe(who.requester.userId);
  });

  it("ignores the privileged fields a requester sends: the ticket is theirs, new and unassigned", async () => {
    const sneaky = {
      title: unique("Sneaky "),
      description: "Trying to pick my own agent.",
      requesterId: who.otherRequester.userId,
      assigneeId: who.agent.userId,
      statusId: catalog.status("Resolved").id,
    };
    // assigneeId and statusId are not part of the input: zod drops them like any unknown key.
    const ticket = await who.requester.caller.tickets.create(sneaky as never);
    expect(ticket.requester.id).toBe(who.requester.userId);
    expect(ticket.assignee).toBeNull();
    expect(ticket.status.name).toBe("New");
  });

  it("lets staff open a ticket on behalf of a requester", async () => {
    const ticket = await who.agent.caller.tickets.create({
      title: unique("Phoned in "),
      description: "Called the desk.",
      requesterId: who.otherRequester.userId,
    });
    expect(ticket.requester.id).toBe(who.otherRequester.userId);
    // …which that requester then sees, and the first requester does not.
    await expect(who.otherRequester.caller.tickets.get({ id: ticket.id })).resolves.toMatchObject({ id: ticket.id });
    expect((await failure(who.requester.caller.tickets.get({ id: ticket.id }))).code).toBe("NOT_FOUND");
  });

  it("refuses a problem type of another category and a deactivated category, writing nothing", async () => {
    const { db } = database();
    const before = await db.ticket.count();
    const hardware = catalog.category("Hardware");
    const foreign = catalog.problemTypes.find((type) => type.categoryId && type.categoryId !== hardware.id)!;
    const error = await failure(
      who.requester.caller.tickets.create({
        title: unique("Mixed "),
        description: "x",
        categoryId: hardware.id,
        problemTypeId: foreign.id,
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/another category/);
    const retired = await who.backoffice.caller.catalogs.categories.create({
      name: unique("Fax "),
      nameEs: unique("Fax "),
    });
    await who.backoffice.caller.catalogs.categories.setActive({ id: retired.id, active: false });
    expect(
      (
        await failure(
          who.requester.caller.tickets.create({ title: unique("Fax "), description: "x", categoryId: retired.id }),
        )
      ).message,
    ).toMatch(/no longer in use/);
    expect(await db.ticket.count()).toBe(before);
  });
});

describe("who sees what", () => {
  it("hides another requester's ticket from get, list, comments, history and commenting, and changes nothing", async () => {
    const { db } = database();
    const theirs = await who.otherRequester.caller.tickets.create({
      title: unique("Private matter "),
      description: "Only mine.",
    });
    const caller = who.requester.caller;
    expect((await failure(caller.tickets.get({ id: theirs.id }))).code).toBe("NOT_FOUND");
    expect((await failure(caller.tickets.get({ number: theirs.number }))).code).toBe("NOT_FOUND");
    expect((await failure(caller.comments.list({ ticketId: theirs.id }))).code).toBe("NOT_FOUND");
    expect((await failure(caller.tickets.history({ id: theirs.id }))).code).toBe("NOT_FOUND");
    expect((await failure(caller.comments.create({ ticketId: theirs.id, body: "Let me in" }))).code).toBe("NOT_FOUND");
    const listed = await caller.tickets.list({ search: theirs.title, limit: 100 });
    expect(listed.items).toEqual([]);
    const everything = await caller.tickets.list({ limit: 100 });
    expect(everything.items.every((ticket) => ticket.requester.id === who.requester.userId)).toBe(true);
    expect(await db.comment.count({ where: { ticketId: theirs.id } })).toBe(0);
  });

  it("answers a ticket that does not exist exactly like one the caller may not see", async () => {
    const missing = await failure(who.requester.caller.tickets.get({ id: "00000000-0000-7000-8000-000000000000" }));
    const hidden = await failure(
      who.requester.caller.tickets.get({
        number: (await who.otherRequester.caller.tickets.list({ limit: 1 })).items[0]!.number,
      }),
    );
    expect({ code: missing.code, message: missing.message }).toEqual({ code: hidden.code, message: hidden.message });
  });

  it("shows the organization's tickets to a requester holding tickets.read.organization", async () => {
    const { db } = database();
    const requester = await db.user.findUniqueOrThrow({
      where: { username: "requester" },
      select: { organizationId: true },
    });
    const colleague = await db.user.findFirstOrThrow({
      where: {
        organizationId: requester.organizationId,
        username: { not: "requester" },
        roles: { some: { role: { name: "requester" } } },
      },
      select: { username: true, id: true },
    });
    const ticket = await who.agent.caller.tickets.create({
      title: unique("Colleague's "),
      description: "x",
      requesterId: colleague.id,
    });
    expect((await failure(who.requester.caller.tickets.get({ id: ticket.id }))).code).toBe("NOT_FOUND");
    const role = await who.deputy.caller.roles.create({
      name: unique("org-viewer-"),
      permissions: ["tickets.create", "tickets.read.organization"],
    });
    const requesterRole = await db.role.findUniqueOrThrow({ where: { name: "requester" } });
    await who.deputy.caller.users.setRoles({ id: who.requester.userId, roleIds: [requesterRole.id, role.id] });
    try {
      // A caller's permissions are read per request: the next request is a new caller.
      const { caller } = await actAs(database(), "requester");
      await expect(caller.tickets.get({ id: ticket.id })).resolves.toMatchObject({ number: ticket.number });
    } finally {
      await who.deputy.caller.users.setRoles({ id: who.requester.userId, roleIds: [requesterRole.id] });
    }
  });
});

describe("conversation", () => {
  it("keeps internal notes from requesters in comments, history and audit, and refuses them writing one", async () => {
    const ticket = await who.requester.caller.tickets.create({
      title: unique("VPN drops "),
      description: "Every hour.",
    });
    await who.agent.caller.comments.create({ ticketId: ticket.id, body: "Have you tried turning it off and on?" });
    await who.agent.caller.comments.create({
      ticketId: ticket.id,
      body: "Internal: the user is on the old client.",
      internal: true,
    });

    const seen = await who.requester.caller.comments.list({ ticketId: ticket.id });
    expect(seen.items.map((c) => c.body)).toEqual(["Have you tried turning it off and on?"]);
    const staffView = await who.agent.caller.comments.list({ ticketId: ticket.id });
    expect(staffView.items.map((c) => c.internal)).toEqual([false, true]);

    const history = await who.requester.caller.tickets.history({ id: ticket.id });
    expect(JSON.stringify(history)).not.toContain("old client");
    expect(history.items.map((e) => e.action).sort()).toEqual(["comment.create", "ticket.create"]);
    const staffHistory = await who.agent.caller.tickets.history({ id: ticket.id });
    expect(staffHistory.items.filter((e) => e.internal)).toHaveLength(1);

    expect(
      (await failure(who.requester.caller.comments.create({ ticketId: ticket.id, body: "psst", internal: true }))).code,
    ).toBe("FORBIDDEN");
    const note = staffView.items[1]!;
    expect((await failure(who.requester.caller.comments.update({ id: note.id, body: "changed" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await failure(who.requester.caller.comments.delete({ id: note.id }))).code).toBe("NOT_FOUND");
  });

  it("sets the first-response time on the first public staff reply only", async () => {
    const ticket = await who.requester.caller.tickets.create({
      title: unique("Slow laptop "),
      description: "Very slow.",
    });
    await who.requester.caller.comments.create({ ticketId: ticket.id, body: "Still slow." });
    await who.agent.caller.comments.create({ ticketId: ticket.id, body: "Looking into it (note).", internal: true });
    expect((await who.agent.caller.tickets.get({ id: ticket.id })).firstResponseAt).toBeNull();
    const reply = await who.agent.caller.comments.create({ ticketId: ticket.id, body: "I am on it." });
    await who.backoffice.caller.comments.create({ ticketId: ticket.id, body: "Second reply." });
    const after = await who.agent.caller.tickets.get({ id: ticket.id });
    expect(after.firstResponseAt).toEqual(reply.createdAt);
    expect(after.sla.response).toBe("met");
  });

  it("lets authors edit their comments (marked edited) and delete them; moderators delete others'", async () => {
    const ticket = await who.requester.caller.tickets.create({ title: unique("Monitor "), description: "Flickers." });
    const mine = await who.requester.caller.comments.create({ ticketId: ticket.id, body: "It flickers at noon." });
    expect((await failure(who.agent.caller.comments.update({ id: mine.id, body: "edited by agent" }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await failure(who.agent.caller.comments.delete({ id: mine.id }))).code).toBe("FORBIDDEN");
    const edited = await who.requester.caller.comments.update({
      id: mine.id,
      body: "It flickers at noon and at 3 pm.",
    });
    expect(edited.editedAt).toBeInstanceOf(Date);
    const entry = await database().db.auditLog.findFirstOrThrow({
      where: { entityId: mine.id, action: "comment.update" },
    });
    expect(entry.changes).toEqual({
      body: { before: "It flickers at noon.", after: "It flickers at noon and at 3 pm." },
    });
    const agentReply = await who.agent.caller.comments.create({ ticketId: ticket.id, body: "Try another cable." });
    await who.deputy.caller.comments.delete({ id: agentReply.id });
    await who.requester.caller.comments.delete({ id: mine.id });
    expect((await who.agent.caller.comments.list({ ticketId: ticket.id })).items).toEqual([]);
  });
});

describe("status, priority and assignment", () => {
  it("sets resolved and closed times, and clears them on reopening", async () => {
    const ticket = await who.requester.caller.tickets.create({ title: unique("Mail "), description: "No mail." });
    const resolved = await who.agent.caller.tickets.setStatus({
      id: ticket.id,
      statusId: catalog.status("Resolved").id,
    });
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    expect(resolved.closedAt).toBeNull();
    expect(resolved.sla.state).toBe("met");
    const closed = await who.agent.caller.tickets.setStatus({ id: ticket.id, statusId: catalog.status("Closed").id });
    expect(closed.resolvedAt).toEqual(resolved.resolvedAt);
    expect(closed.closedAt).toBeInstanceOf(Date);
    const reopened = await who.agent.caller.tickets.setStatus({ id: ticket.id, statusId: catalog.status("Open").id });
    expect({ resolvedAt: reopened.resolvedAt, closedAt: reopened.closedAt }).toEqual({
      resolvedAt: null,
      closedAt: null,
    });
    const history = await who.agent.caller.tickets.history({ id: ticket.id });
    expect(history.items.filter((e) => e.action === "ticket.status")).toHaveLength(3);
    expect(history.items[0]!.changes).toMatchObject({
      status: { before: { name: "Closed" }, after: { name: "Open" } },
    });
  });

  it("recomputes the due times when the priority changes, and records only what changed", async () => {
    const ticket = await who.requester.caller.tickets.create({
      title: unique("Server down "),
      description: "All of it.",
    });
    const urgent = catalog.priority("Urgent");
    const updated = await who.agent.caller.tickets.update({
      id: ticket.id,
      priorityId: urgent.id,
      title: ticket.title,
      tags: ["outage", "Outage"],
    });
    expect(updated.sla.resolutionDueAt.getTime() - ticket.createdAt.getTime()).toBe(urgent.resolutionMinutes * MINUTE);
    expect(updated.tags).toEqual(["outage"]);
    const entry = await database().db.auditLog.findFirstOrThrow({
      where: { ticketId: ticket.id, action: "ticket.update" },
    });
    expect(Object.keys(entry.changes as object).sort()).toEqual(["priority", "resolutionDueAt", "tags"]);
    // The same values again change nothing and write no row.
    await who.agent.caller.tickets.update({ id: ticket.id, priorityId: urgent.id, tags: ["outage"] });
    expect(await database().db.auditLog.count({ where: { ticketId: ticket.id, action: "ticket.update" } })).toBe(1);
  });

  it("assigns only to active staff; a requester is refused with a field error", async () => {
    const ticket = await who.requester.caller.tickets.create({
      title: unique("Keyboard "),
      description: "Sticky keys.",
    });
    const error = await failure(
      who.agent.caller.tickets.assign({ id: ticket.id, assigneeId: who.otherRequester.userId }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/active staff/);
    const assigned = await who.agent.caller.tickets.assign({ id: ticket.id, assigneeId: who.agent.userId });
    expect(assigned.assignee?.id).toBe(who.agent.userId);
    const mine = await who.agent.caller.tickets.list({ assignee: "me", search: ticket.title });
    expect(mine.items.map((t) => t.id)).toEqual([ticket.id]);
    const unassigned = await who.agent.caller.tickets.list({ assignee: "unassigned", search: ticket.title });
    expect(unassigned.items).toEqual([]);
  });

  it("lets nobody without the permission change status or delete", async () => {
    const ticket = await who.requester.caller.tickets.create({ title: unique("Chair "), description: "Broken." });
    expect(
      (await failure(who.requester.caller.tickets.setStatus({ id: ticket.id, statusId: catalog.status("Closed").id })))
        .code,
    ).toBe("FORBIDDEN");
    expect((await failure(who.agent.caller.tickets.delete({ id: ticket.id }))).code).toBe("FORBIDDEN");
    const deleted = await who.deputy.caller.tickets.delete({ id: ticket.id });
    expect(deleted.number).toBe(ticket.number);
    expect(await database().db.ticket.count({ where: { id: ticket.id } })).toBe(0);
    // Its history stays in the audit log.
    expect(await database().db.auditLog.count({ where: { ticketId: ticket.id } })).toBe(2);
  });
});

describe("bulkUpdate", () => {
  it("changes every selected ticket in one go, one audit row each", async () => {
    const tickets = await Promise.all(
      [1, 2, 3].map((n) => who.requester.caller.tickets.create({ title: unique(`Bulk ${n} `), description: "x" })),
    );
    const result = await who.agent.caller.tickets.bulkUpdate({
      ids: tickets.map((t) => t.id),
      assigneeId: who.agent.userId,
      priorityId: catalog.priority("High").id,
    });
    expect(result).toEqual({ updated: 3 });
    const rows = await database().db.ticket.findMany({
      where: { id: { in: tickets.map((t) => t.id) } },
      select: { assigneeId: true, priority: { select: { name: true } } },
    });
    expect(rows.every((row) => row.assigneeId === who.agent.userId && row.priority.name === "High")).toBe(true);
    expect(
      await database().db.auditLog.count({
        where: { ticketId: { in: tickets.map((t) => t.id) }, action: "ticket.bulk_update" },
      }),
    ).toBe(3);
  });

  it("is all or nothing: one ticket the caller may not change, and none changes", async () => {
    const { db } = database();
    // A limited agent: assigns and changes status, but sees only the tickets assigned to them.
    const role = await who.deputy.caller.roles.create({
      name: unique("night-shift-"),
      permissions: ["tickets.assign", "tickets.status"],
    });
    const { caller: deputy } = who.deputy;
    const created = await deputy.users.create({
      email: `${unique("night")}@example.test`,
      username: unique("night"),
      fullName: "Night Shift",
      roleIds: [role.id],
    });
    const limitedId = created.user.id;
    const limited = await actAs(database(), created.user.username);
    const own = await who.requester.caller.tickets.create({ title: unique("Visible "), description: "x" });
    const hidden = await who.requester.caller.tickets.create({ title: unique("Hidden "), description: "x" });
    await db.ticket.update({ where: { id: own.id }, data: { assigneeId: limitedId } });
    const error = await failure(
      limited.caller.tickets.bulkUpdate({ ids: [own.id, hidden.id], statusId: catalog.status("Closed").id }),
    );
    expect(error.code).toBe("NOT_FOUND");
    const statuses = await db.ticket.findMany({
      where: { id: { in: [own.id, hidden.id] } },
      select: { status: { select: { name: true } } },
    });
    expect(statuses.map((s) => s.status.name)).toEqual(["New", "New"]);
    expect(
      await db.auditLog.count({ where: { ticketId: { in: [own.id, hidden.id] }, action: "ticket.bulk_update" } }),
    ).toBe(0);
    // Changing the priority needs tickets.update, which this role lacks.
    expect(
      (await failure(limited.caller.tickets.bulkUpdate({ ids: [own.id], priorityId: catalog.priority("High").id })))
        .code,
    ).toBe("FORBIDDEN");
    await expect(
      limited.caller.tickets.bulkUpdate({ ids: [own.id], statusId: catalog.status("Closed").id }),
    ).resolves.toEqual({ updated: 1 });
  });
});
