import { beforeAll, describe, expect, it } from "vitest";
import { failure, unique, useTestDatabase } from "./db";
import { helpdeskCallers } from "./helpdesk";

const database = useTestDatabase();
let who: Awaited<ReturnType<typeof helpdeskCallers>>;

beforeAll(async () => {
  who = await helpdeskCallers(database());
});

describe("audit.list", () => {
  it("filters by actor, entity and action, newest first, in disjoint pages", async () => {
    const ticket = await who.requester.caller.tickets.create({ title: unique("Audit me "), description: "x" });
    await who.agent.caller.tickets.assign({ id: ticket.id, assigneeId: who.agent.userId });
    await who.agent.caller.comments.create({ ticketId: ticket.id, body: "On it." });

    const { caller } = who.backoffice;
    const byAgent = await caller.audit.list({ actorId: who.agent.userId, limit: 100 });
    expect(byAgent.items.length).toBeGreaterThanOrEqual(2);
    expect(byAgent.items.every((e) => e.actor?.id === who.agent.userId)).toBe(true);

    const forTicket = await caller.audit.list({ entityType: "ticket", entityId: ticket.id });
    expect(forTicket.items.map((e) => e.action)).toEqual(["ticket.assign", "ticket.create"]);
    expect(forTicket.items[0]!.changes).toEqual({
      assignee: { before: null, after: { id: who.agent.userId, name: "Carlos Técnico" } },
    });
    expect(forTicket.items[0]!.ip).toBe("192.0.2.77");

    const comments = await caller.audit.list({ action: "comment", limit: 100 });
    expect(comments.items.every((e) => e.action.startsWith("comment."))).toBe(true);

    const first = await caller.audit.list({ limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await caller.audit.list({ limit: 2, cursor: first.nextCursor });
    const ids = [...first.items, ...second.items].map((e) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(3);
  });

  it("filters by time and refuses callers without audit.read", async () => {
    const future = new Date(Date.now() + 86_400_000);
    expect((await who.backoffice.caller.audit.list({ from: future })).items).toEqual([]);
    expect((await failure(who.agent.caller.audit.list({}))).code).toBe("FORBIDDEN");
    expect((await failure(who.backoffice.caller.audit.list({ cursor: "bm90IGEgY3Vyc29y" }))).code).toBe("BAD_REQUEST");
  });
});
