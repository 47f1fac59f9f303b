import type { Prisma } from "@soporte/db";
import { beforeAll, describe, expect, it } from "vitest";
import { dashboardStats, utcDay } from "../src/services/helpdesk/dashboard";
import { slaOf, slaWhere } from "../src/services/helpdesk/sla";
import { actAs } from "./admin";
import { failure, unique, useTestDatabase } from "./db";
import { catalogIds, helpdeskCallers } from "./helpdesk";

const database = useTestDatabase();
let who: Awaited<ReturnType<typeof helpdeskCallers>>;
let catalog: Awaited<ReturnType<typeof catalogIds>>;
let superuser: Awaited<ReturnType<typeof actAs>>;

beforeAll(async () => {
  who = await helpdeskCallers(database());
  catalog = await catalogIds(database());
  superuser = await actAs(database(), "admin");
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The period the service covers by default at `now`: the 30 UTC days up to and including today. */
function defaultDays(now: Date) {
  return Array.from({ length: 30 }, (_, i) => utcDay(new Date(now.getTime() - (29 - i) * DAY)));
}

const median = (values: number[]) => {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const tenths = (ms: number | null) => (ms === null ? null : Math.round(ms / 6_000) / 10);
const countMap = <K extends string>(rows: ({ _count: { _all: number } } & Record<K, string | null>)[], key: K) =>
  Object.fromEntries(rows.map((r) => [r[key] ?? "", r._count._all]).filter(([, n]) => n !== 0));
const nonZero = (rows: { id: string | null; count: number }[]) =>
  Object.fromEntries(rows.filter((r) => r.count !== 0).map((r) => [r.id ?? "", r.count]));

/** What the dashboard must say at `now` about the tickets matching `where`, counted here directly. */
async function expected(where: Prisma.TicketWhereInput, now: Date) {
  const { db } = database();
  const fields = db.ticket.fields;
  const open = { AND: [where, { resolvedAt: null }] };
  const days = defaultDays(now);
  const start = new Date(`${days[0]}T00:00:00Z`);
  const end = new Date(new Date(`${days[29]}T00:00:00Z`).getTime() + DAY);
  const [byStatus, byPriority, byCriticality, byCategory, byLocation, byAssignee, overdue, overdueBy, dueSoon] =
    await Promise.all([
      db.ticket.groupBy({ by: ["statusId"], where, _count: { _all: true } }),
      db.ticket.groupBy({ by: ["priorityId"], where: open, _count: { _all: true } }),
      db.ticket.groupBy({ by: ["criticalityId"], where: open, _count: { _all: true } }),
      db.ticket.groupBy({ by: ["categoryId"], where: open, _count: { _all: true } }),
      db.ticket.groupBy({ by: ["locationId"], where: open, _count: { _all: true } }),
      db.ticket.groupBy({ by: ["assigneeId"], where: open, _count: { _all: true } }),
      db.ticket.count({ where: { AND: [open, slaWhere("breached", now, fields)] } }),
      db.ticket.groupBy({
        by: ["assigneeId"],
        where: { AND: [open, slaWhere("breached", now, fields)] },
        _count: { _all: true },
      }),
      db.ticket.count({ where: { AND: [open, slaWhere("due_soon", now, fields)] } }),
    ]);
  const rows = await db.ticket.findMany({
    where,
    select: {
      createdAt: true,
      resolvedAt: true,
      closedAt: true,
      firstResponseAt: true,
      responseDueAt: true,
      resolutionDueAt: true,
      status: { select: { category: true } },
    },
  });
  // The SLA states as slaOf decides them ticket by ticket: the list filter and the dashboard agree with it.
  const states = rows
    .filter((t) => t.resolvedAt === null)
    .map((t) => slaOf({ ...t, statusCategory: t.status.category }, now).state);
  expect(overdue).toBe(states.filter((s) => s === "breached").length);
  expect(dueSoon).toBe(states.filter((s) => s === "due_soon").length);
  const inPeriod = rows.filter((t) => t.createdAt >= start && t.createdAt < end);
  const perDay = (dates: (Date | null)[]) =>
    days.map((date) => ({ date, count: dates.filter((d) => d && utcDay(d) === date).length }));
  const overdueByAssignee = countMap(overdueBy, "assigneeId");
  const openByAssignee = countMap(byAssignee, "assigneeId");
  return {
    byStatus: countMap(byStatus, "statusId"),
    byPriority: countMap(byPriority, "priorityId"),
    byCriticality: countMap(byCriticality, "criticalityId"),
    byCategory: countMap(byCategory, "categoryId"),
    byLocation: countMap(byLocation, "locationId"),
    open: await db.ticket.count({ where: open }),
    overdue,
    dueSoon,
    createdPerDay: perDay(rows.map((t) => t.createdAt)),
    resolvedPerDay: perDay(rows.map((t) => t.resolvedAt)),
    medianFirstResponseMinutes: tenths(
      median(inPeriod.flatMap((t) => (t.firstResponseAt ? [t.firstResponseAt.getTime() - t.createdAt.getTime()] : []))),
    ),
    medianResolutionMinutes: tenths(
      median(inPeriod.flatMap((t) => (t.resolvedAt ? [t.resolvedAt.getTime() - t.createdAt.getTime()] : []))),
    ),
    workload: Object.fromEntries(
      Object.entries(openByAssignee)
        .filter(([id]) => id !== "")
        .map(([id, n]) => [id, { open: n, overdue: overdueByAssignee[id] ?? 0 }]),
    ),
    unassigned: { open: openByAssignee[""] ?? 0, overdue: overdueByAssignee[""] ?? 0 },
  };
}

type Stats = Awaited<ReturnType<typeof dashboardStats>>;
function comparable(stats: Stats) {
  return {
    byStatus: nonZero(stats.byStatus),
    byPriority: nonZero(stats.byPriority),
    byCriticality: nonZero(stats.byCriticality),
    byCategory: nonZero(stats.byCategory),
    byLocation: nonZero(stats.byLocation),
    open: stats.open,
    overdue: stats.overdue,
    dueSoon: stats.dueSoon,
    createdPerDay: stats.createdPerDay,
    resolvedPerDay: stats.resolvedPerDay,
    medianFirstResponseMinutes: stats.medianFirstResponseMinutes,
    medianResolutionMinutes: stats.medianResolutionMinutes,
    workload: Object.fromEntries(stats.workload.map((w) => [w.assignee.id, { open: w.open, overdue: w.overdue }])),
    unassigned: stats.unassigned,
  };
}

/** From a little before now to days later: the SLA states move, some breach days become "before today". */
const MOMENTS = [-2 * HOUR, 0, 3 * HOUR, 13 * HOUR, 2 * DAY, 9 * DAY];

/** Staff (the counters) and the tickets as counted directly agree at every moment. */
async function expectStaffExact(label: string) {
  for (const offset of MOMENTS) {
    const now = new Date(Date.now() + offset);
    const stats = await dashboardStats(database().db, who.agent.auth, {}, now);
    expect(comparable(stats), `${label}, at now ${offset >= 0 ? "+" : ""}${offset / HOUR} h`).toEqual(
      await expected({}, now),
    );
  }
}

describe("dashboard.stats", () => {
  it("answers in the contract's shape: every day of the period, named counts, workload with people", async () => {
    const stats = await who.agent.caller.dashboard.stats({});
    expect(stats.createdPerDay).toHaveLength(30);
    expect(stats.resolvedPerDay.map((d) => d.date)).toEqual(defaultDays(new Date()));
    expect(stats.createdPerDay.at(-1)?.date).toBe(utcDay(new Date()));
    expect(stats.byStatus.length).toBeGreaterThan(0);
    for (const list of [stats.byStatus, stats.byPriority, stats.byCriticality, stats.byCategory, stats.byLocation])
      for (const item of list) expect(item).toMatchObject({ name: expect.any(String), count: expect.any(Number) });
    expect(stats.byStatus[0]).toHaveProperty("nameEs");
    expect(stats.open).toBeGreaterThan(0);
    expect(stats.workload[0]).toMatchObject({ assignee: { id: expect.any(String), fullName: expect.any(String) } });
    expect(stats.byPriority.reduce((sum, p) => sum + p.count, 0)).toBe(stats.open);

    const week = await who.agent.caller.dashboard.stats({ from: "2026-01-01", to: "2026-01-07" });
    expect(week.createdPerDay.map((d) => d.date)).toEqual([
      "2026-01-01",
      "2026-01-02",
      "2026-01-03",
      "2026-01-04",
      "2026-01-05",
      "2026-01-06",
      "2026-01-07",
    ]);
  });

  it("refuses callers without dashboard.read, and periods that are reversed, too long or not dates", async () => {
    expect((await failure(who.otherRequester.caller.dashboard.stats({}))).code).toBe("FORBIDDEN");
    const reversed = await failure(who.agent.caller.dashboard.stats({ from: "2026-03-02", to: "2026-03-01" }));
    expect(reversed.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(reversed.cause)).toContain("The start must be on or before the end.");
    const long = await failure(who.agent.caller.dashboard.stats({ from: "2025-01-01", to: "2026-01-02" }));
    expect(long.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(long.cause)).toContain("At most 366 days");
    expect((await failure(who.agent.caller.dashboard.stats({ from: "yesterday" }))).code).toBe("BAD_REQUEST");
    const future = await failure(who.agent.caller.dashboard.stats({ from: "2999-01-01" }));
    expect(future.code).toBe("BAD_REQUEST");
    const year = await who.agent.caller.dashboard.stats({ from: "2025-01-01", to: "2026-01-01" });
    expect(year.createdPerDay).toHaveLength(366);
  });

  it("equals the tickets counted directly, on the seeded data and at several moments", async () => {
    await expectStaffExact("seeded data");
  });

  it("stays exact through creates, updates, status changes, replies and deletes made through the routers", async () => {
    const { db } = database();
    const caller = who.agent.caller;
    const categories = await db.category.findMany({ where: { active: true }, select: { id: true } });
    const created = [];
    for (const [i, priority] of ["Urgent", "High", "Normal", "Low"].entries()) {
      created.push(
        await caller.tickets.create({
          title: unique(`Dashboard ${priority} `),
          description: "Counted on the dashboard.",
          priorityId: catalog.priority(priority).id,
          categoryId: categories[i % categories.length]!.id,
          requesterId: who.requester.userId,
        }),
      );
    }
    created.push(await who.requester.caller.tickets.create({ title: unique("Mine "), description: "Mine." }));
    await expectStaffExact("after creates");

    const [a, b, c, d] = created as [
      (typeof created)[0],
      (typeof created)[0],
      (typeof created)[0],
      (typeof created)[0],
    ];
    await caller.tickets.update({ id: a.id, priorityId: catalog.priority("Low").id, categoryId: null });
    await caller.tickets.update({ id: b.id, categoryId: categories.at(-1)!.id, criticalityId: null });
    await caller.tickets.assign({ id: b.id, assigneeId: who.agent.userId });
    await caller.tickets.assign({ id: c.id, assigneeId: who.agent.userId });
    await expectStaffExact("after updates and assignments");

    await caller.comments.create({ ticketId: c.id, body: "On it." });
    await expectStaffExact("after a first response");

    await caller.tickets.setStatus({ id: c.id, statusId: catalog.status("Resolved").id });
    await caller.tickets.setStatus({ id: d.id, statusId: catalog.status("Closed").id });
    await expectStaffExact("after resolving and closing");
    await caller.tickets.setStatus({ id: c.id, statusId: catalog.status("Open").id });
    await expectStaffExact("after reopening");

    await caller.tickets.bulkUpdate({ ids: [a.id, b.id], priorityId: catalog.priority("Urgent").id });
    await superuser.caller.tickets.delete({ id: d.id });
    await superuser.caller.tickets.delete({ id: a.id });
    await expectStaffExact("after a bulk change and deletes");
  });

  it("stays exact when tickets are changed by plain SQL, not through the API", async () => {
    const { db } = database();
    await db.$executeRaw`UPDATE "Ticket" SET "assigneeId" = NULL, "firstResponseAt" = NULL
                          WHERE "number" IN (SELECT "number" FROM "Ticket" ORDER BY "number" LIMIT 7)`;
    await db.$executeRaw`UPDATE "Ticket" SET "responseDueAt" = "createdAt", "firstResponseAt" = "createdAt" + interval '1 minute'
                          WHERE "number" IN (SELECT "number" FROM "Ticket" WHERE "resolvedAt" IS NULL ORDER BY "number" DESC LIMIT 2)`;
    await expectStaffExact("after bulk SQL");
  });

  it("gives a caller who does not see every ticket the counts of their own tickets only", async () => {
    const { db } = database();
    await db.role.update({ where: { name: "requester" }, data: { permissions: { push: "dashboard.read" } } });
    const requester = await actAs(database(), "requester");
    await who.agent.caller.tickets.create({
      title: unique("Someone else's "),
      description: "Not the requester's.",
      requesterId: who.otherRequester.userId,
    });
    const own = { OR: [{ requesterId: requester.userId }, { assigneeId: requester.userId }] };
    expect(await db.ticket.count({ where: own })).toBeLessThan(await db.ticket.count());
    for (const offset of MOMENTS) {
      const now = new Date(Date.now() + offset);
      const stats = await dashboardStats(db, requester.auth, {}, now);
      expect(comparable(stats)).toEqual(await expected(own, now));
    }
    const viaRouter = await requester.caller.dashboard.stats({});
    expect(viaRouter.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(await db.ticket.count({ where: own }));
  });
});
