// The bell: notifications written with the change they tell of — an assignment, a public reply, an
// announcement — read one by one or all at once, each only by its own user.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "./admin";
import { failure, unique, useTestDatabase } from "./db";

const database = useTestDatabase();
type Who = Awaited<ReturnType<typeof actAs>>;
let agent: Who, sofia: Who, requester: Who, backoffice: Who;

beforeAll(async () => {
  agent = await actAs(database(), "agent");
  sofia = await actAs(database(), "sofia.ramirez");
  requester = await actAs(database(), "requester");
  backoffice = await actAs(database(), "backoffice");
});

const newest = async (who: Who) => (await who.caller.notifications.list({ limit: 5 })).items;

describe("notifications", () => {
  it("an assignment notifies the assignee, unless they took the ticket themselves", async () => {
    const ticket = await requester.caller.tickets.create({ title: unique("Bell "), description: "Ring." });
    await agent.caller.tickets.assign({ id: ticket.id, assigneeId: sofia.userId });
    expect((await newest(sofia))[0]).toMatchObject({
      kind: "ticket.assigned",
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      actorName: "Carlos Técnico",
      text: `#${ticket.number} ${ticket.title}`,
      readAt: null,
    });
    const before = (await agent.caller.notifications.unreadCount()).total;
    await agent.caller.tickets.assign({ id: ticket.id, assigneeId: agent.userId });
    expect((await agent.caller.notifications.unreadCount()).total).toBe(before);
  });

  it("a public reply notifies the requester and the assignee, not its author; an internal note nobody", async () => {
    const ticket = await requester.caller.tickets.create({ title: unique("Reply bell "), description: "Ring." });
    await agent.caller.tickets.assign({ id: ticket.id, assigneeId: sofia.userId });
    const count = async (who: Who) =>
      (await who.caller.notifications.list({ limit: 50 })).items.filter(
        (n) => n.ticketId === ticket.id && n.kind === "ticket.reply",
      ).length;
    await agent.caller.comments.create({ ticketId: ticket.id, body: "Looking into it.", internal: true });
    expect([await count(requester), await count(sofia)]).toEqual([0, 0]);
    await agent.caller.comments.create({ ticketId: ticket.id, body: "Fixed, please check." });
    expect([await count(requester), await count(sofia), await count(agent)]).toEqual([1, 1, 0]);
    await requester.caller.comments.create({ ticketId: ticket.id, body: "Works, thanks." });
    expect([await count(requester), await count(sofia)]).toEqual([1, 2]);
  });

  it("an announcement notifies every other active user", async () => {
    const body = unique("Maintenance window ");
    await backoffice.caller.messages.broadcast({ body });
    const active = await database().db.user.count({ where: { active: true } });
    const notified = await database().db.notification.count({ where: { kind: "announcement", text: body } });
    expect(notified).toBe(active - 1);
    expect((await newest(requester)).find((n) => n.text === body)).toMatchObject({
      kind: "announcement",
      actorName: "Beatriz Backoffice",
      conversationId: expect.any(String),
    });
    expect((await newest(backoffice)).some((n) => n.text === body)).toBe(false);
  });

  it("marks one's own read, one or all; another's is NOT_FOUND and stays unread", async () => {
    const ticket = await requester.caller.tickets.create({ title: unique("Mark "), description: "Read me." });
    await agent.caller.tickets.assign({ id: ticket.id, assigneeId: sofia.userId });
    const [mine] = await newest(sofia);
    expect((await failure(requester.caller.notifications.markRead({ id: mine!.id }))).code).toBe("NOT_FOUND");
    expect((await database().db.notification.findUniqueOrThrow({ where: { id: mine!.id } })).readAt).toBeNull();

    const unread = (await sofia.caller.notifications.unreadCount()).total;
    await sofia.caller.notifications.markRead({ id: mine!.id });
    await sofia.caller.notifications.markRead({ id: mine!.id });
    expect((await sofia.caller.notifications.unreadCount()).total).toBe(unread - 1);
    const { updated } = await sofia.caller.notifications.markAllRead();
    expect(updated).toBe(unread - 1);
    expect((await sofia.caller.notifications.unreadCount()).total).toBe(0);
  });

  it("goes with its ticket", async () => {
    const ticket = await requester.caller.tickets.create({ title: unique("Gone "), description: "Bye." });
    await agent.caller.tickets.assign({ id: ticket.id, assigneeId: sofia.userId });
    expect(await database().db.notification.count({ where: { ticketId: ticket.id } })).toBe(1);
    const admin = await actAs(database(), "admin");
    await admin.caller.tickets.delete({ id: ticket.id });
    expect(await database().db.notification.count({ where: { ticketId: ticket.id } })).toBe(0);
  });
});
