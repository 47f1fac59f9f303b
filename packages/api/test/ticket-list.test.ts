import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { TICKET_SORTS } from "../src/schemas/helpdesk";
import { encodeCursor } from "../src/lib/pagination";
import { failure, useTestDatabase } from "./db";
import { catalogIds, helpdeskCallers } from "./helpdesk";

const database = useTestDatabase();
let who: Awaited<ReturnType<typeof helpdeskCallers>>;
let catalog: Awaited<ReturnType<typeof catalogIds>>;

beforeAll(async () => {
  who = await helpdeskCallers(database());
  catalog = await catalogIds(database());
});

type Caller = typeof who.agent.caller;
type ListInput = Parameters<Caller["tickets"]["list"]>[0];

/** Every page of a list, following nextCursor. */
async function allPages(caller: Caller, input: ListInput) {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Caller["tickets"]["list"]>> = await caller.tickets.list({ ...input, cursor });
    pages.push(page.items.map((t) => t.id));
    cursor = page.nextCursor;
  } while (cursor && pages.length < 100);
  return pages;
}

describe("tickets.list", () => {
  it("pages through every sort in both directions: pages disjoint, together complete, in order", async () => {
    const { db } = database();
    const total = await db.ticket.count();
    expect(total).toBeGreaterThan(150);
    for (const sort of TICKET_SORTS) {
      for (const direction of ["asc", "desc"] as const) {
        const pages = await allPages(who.agent.caller, { sort, direction, limit: 37 });
        const ids = pages.flat();
        expect(new Set(ids).size, `${sort} ${direction}: no ticket twice`).toBe(ids.length);
        expect(ids.length, `${sort} ${direction}: every ticket`).toBe(total);
        const column = {
          createdAt: "createdAt",
          updatedAt: "updatedAt",
          number: "number",
          priority: "priorityRank",
          dueAt: "resolutionDueAt",
        }[sort];
        const expected = await db.ticket.findMany({
          orderBy: [{ [column]: direction }, { id: direction }],
          select: { id: true },
        });
        expect(ids, `${sort} ${direction}: in order`).toEqual(expected.map((t) => t.id));
      }
    }
  }, 120_000);

  it("filters by status category, status, priority, assignee and creation time", async () => {
    const { db } = database();
    const open = await who.agent.caller.tickets.list({ statusCategories: ["open"], limit: 100 });
    expect(open.items.length).toBeGreaterThan(0);
    expect(open.items.every((t) => t.status.category === "open")).toBe(true);

    const urgent = catalog.priority("Urgent");
    const byPriority = (await allPages(who.agent.caller, { priorityIds: [urgent.id], limit: 100 })).flat();
    expect(byPriority.length).toBe(await db.ticket.count({ where: { priorityId: urgent.id } }));

    // Sorted by priority too: the filter then also narrows the priority ranks the index starts at.
    for (const direction of ["asc", "desc"] as const) {
      const sorted = (
        await allPages(who.agent.caller, { priorityIds: [urgent.id], sort: "priority", direction, limit: 7 })
      ).flat();
      expect(sorted.length).toBe(byPriority.length);
    }

    const unassigned = (await allPages(who.agent.caller, { assignee: "unassigned", limit: 100 })).flat();
    expect(unassigned.length).toBe(await db.ticket.count({ where: { assigneeId: null } }));

    const mine = (await allPages(who.agent.caller, { assignee: "me", limit: 100 })).flat();
    expect(mine.length).toBe(await db.ticket.count({ where: { assigneeId: who.agent.userId } }));
    expect(mine.length).toBeGreaterThan(0);

    const from = new Date(Date.now() - 7 * 86_400_000);
    const recent = (await allPages(who.agent.caller, { createdFrom: from, limit: 100 })).flat();
    expect(recent.length).toBe(await db.ticket.count({ where: { createdAt: { gte: from } } }));
    // Sorted by update time, due time or number, the same tickets (the creation bound also bounds
    // those columns).
    for (const sort of ["updatedAt", "dueAt", "number"] as const) {
      const sorted = (
        await allPages(who.agent.caller, { createdFrom: from, sort, direction: "asc", limit: 100 })
      ).flat();
      expect(sorted.sort(), sort).toEqual([...recent].sort());
    }

    const resolved = catalog.status("Resolved");
    const byStatus = await who.agent.caller.tickets.list({ statusIds: [resolved.id], limit: 100 });
    expect(byStatus.items.every((t) => t.status.id === resolved.id)).toBe(true);
  });

  it("sorted by number, a creation-date filter finds every ticket of the period, also ones numbered out of date order", async () => {
    const { db } = database();
    const numbers = async (input: ListInput, limit = 100) =>
      (await allPages(who.agent.caller, { ...input, sort: "number", limit })).flat();
    const expected = async (gte?: Date, lte?: Date) =>
      (
        await db.ticket.findMany({
          where: { createdAt: { gte, lte } },
          orderBy: { number: "asc" },
          select: { id: true },
        })
      ).map((t) => t.id);

    // The oldest ticket moved a year ahead (a corrected date), and a new ticket renumbered far past the
    // others and dated the same (an import): numbers no longer follow dates, in two separate ranges.
    const times = [
      "createdAt",
      "updatedAt",
      "responseDueAt",
      "resolutionDueAt",
      "responseSoonAt",
      "resolutionSoonAt",
    ] as const;
    const later = new Date(Date.now() + 365 * 86_400_000);
    const movedTo = Object.fromEntries(times.map((t) => [t, later]));
    const oldest = await db.ticket.findFirstOrThrow({ orderBy: { number: "asc" } });
    const created = await who.requester.caller.tickets.create({ title: "Number bound", description: "Moved dates." });
    await db.ticket.update({ where: { id: oldest.id }, data: movedTo });
    await db.ticket.update({ where: { id: created.id }, data: { ...movedTo, number: 50_000 } });
    onTestFinished(async () => {
      await db.ticket.update({ where: { id: oldest.id }, data: Object.fromEntries(times.map((t) => [t, oldest[t]])) });
      await db.ticket.delete({ where: { id: created.id } });
    });

    const weekAgo = new Date(Date.now() - 7 * 86_400_000);
    const nearLater: [Date, Date] = [new Date(later.getTime() - 3_600_000), new Date(later.getTime() + 3_600_000)];
    const periods: [Date | undefined, Date | undefined][] = [
      [weekAgo, undefined],
      [undefined, weekAgo],
      nearLater,
      [new Date(Date.now() + 30 * 86_400_000), new Date(Date.now() + 60 * 86_400_000)],
    ];
    for (const [from, to] of periods) {
      const want = await expected(from, to);
      for (const direction of ["asc", "desc"] as const) {
        const got = await numbers({ createdFrom: from, createdTo: to, direction });
        expect(got, `${from?.toISOString()}…${to?.toISOString()} ${direction}`).toEqual(
          direction === "asc" ? want : [...want].reverse(),
        );
      }
    }
    // A page at a time, across the two ranges, in both orders.
    const [from, to] = nearLater;
    expect(await numbers({ createdFrom: from, createdTo: to, direction: "asc" }, 1)).toEqual([oldest.id, created.id]);
    expect(await numbers({ createdFrom: from, direction: "desc" }, 1)).toEqual([created.id, oldest.id]);
  });

  it("finds a ticket by its number, with or without #", async () => {
    const [ticket] = (await who.agent.caller.tickets.list({ limit: 1 })).items;
    for (const search of [`#${ticket!.number}`, `${ticket!.number}`]) {
      const found = await who.agent.caller.tickets.list({ search });
      expect(found.items.map((t) => t.number)).toContain(ticket!.number);
    }
  });

  it("carries each row's SLA state", async () => {
    const page = await who.agent.caller.tickets.list({ limit: 100 });
    for (const ticket of page.items) {
      expect(["ok", "due_soon", "breached", "met"]).toContain(ticket.sla.state);
      if (ticket.status.category === "open" && ticket.sla.resolutionDueAt < new Date())
        expect(ticket.sla.state).toBe("breached");
    }
  });

  it("refuses a cursor of another sort with BAD_REQUEST", async () => {
    const dateCursor = encodeCursor(new Date(), "00000000-0000-7000-8000-000000000000");
    const error = await failure(who.agent.caller.tickets.list({ sort: "number", cursor: dateCursor }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});
