import { Prisma, type Db } from "@soporte/db";
import type { z } from "zod";
import type { AuthSession } from "../../auth/session-user";
import { fieldError } from "../../lib/errors";
import { DASHBOARD_DEFAULT_DAYS, DASHBOARD_MAX_DAYS, type dashboardStatsSchema } from "../../schemas/helpdesk";
import { slaWhere } from "./sla";
import { isStaff, ticketScope } from "./ticket-scope";

export type DashboardStatsInput = z.output<typeof dashboardStatsSchema>;
type Tx = Prisma.TransactionClient;

const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" of the UTC day `date` falls on. */
export const utcDay = (date: Date) => date.toISOString().slice(0, 10);
const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);
const addDays = (day: string, days: number) => utcDay(new Date(dayStart(day).getTime() + days * DAY_MS));

/** The UTC days the charts cover: `to` (default today) and the days before it back to `from`. */
export type Period = { from: string; to: string; days: string[]; start: Date; end: Date };

export function dashboardPeriod(input: DashboardStatsInput, now: Date): Period {
  const to =
    input.to ?? (input.from ? minDay(addDays(input.from, DASHBOARD_DEFAULT_DAYS - 1), utcDay(now)) : utcDay(now));
  const from = input.from ?? addDays(to, -(DASHBOARD_DEFAULT_DAYS - 1));
  const count = (dayStart(to).getTime() - dayStart(from).getTime()) / DAY_MS + 1;
  if (count < 1) throw fieldError("from", "rangeReversed", "The start must be on or before the end.");
  if (count > DASHBOARD_MAX_DAYS)
    throw fieldError("to", "rangeTooLong", `At most ${DASHBOARD_MAX_DAYS} days at a time.`, {
      maximum: DASHBOARD_MAX_DAYS,
    });
  const days = Array.from({ length: count }, (_, i) => addDays(from, i));
  return { from, to, days, start: dayStart(from), end: dayStart(addDays(to, 1)) };
}

const minDay = (a: string, b: string) => (a < b ? a : b);

/** What the counts are made of, however they were counted; "" stands for "none" (no category, unassigned). */
type Tallies = {
  byStatus: Map<string, number>;
  open: Record<"priority" | "criticality" | "category" | "location" | "assignee", Map<string, number>>;
  overdueByAssignee: Map<string, number>;
  dueSoon: number;
  created: Map<string, number>;
  resolved: Map<string, number>;
  medianFirstResponseMinutes: number | null;
  medianResolutionMinutes: number | null;
};

const OPEN_DIMENSIONS = ["priority", "criticality", "category", "location", "assignee"] as const;

function add(map: Map<string, number>, key: string | null, count: number) {
  const k = key ?? "";
  map.set(k, (map.get(k) ?? 0) + count);
}

const emptyOpen = (): Tallies["open"] => ({
  priority: new Map(),
  criticality: new Map(),
  category: new Map(),
  location: new Map(),
  assignee: new Map(),
});

/** Minutes, to a tenth: how both paths round, so they agree to the digit. */
/** Tallies with nothing counted yet besides the tickets due soon and the medians. */
const emptyTallies = (
  dueSoon: number,
  medians: Pick<Tallies, "medianFirstResponseMinutes" | "medianResolutionMinutes">,
): Tallies => ({
  byStatus: new Map(),
  open: emptyOpen(),
  overdueByAssignee: new Map(),
  dueSoon,
  created: new Map(),
  resolved: new Map(),
  ...medians,
});

const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 6_000) / 10);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Every ticket (callers who see them all): the counter rows the triggers keep
 * (migration dashboard_counters), plus what depends on the clock. Overdue = the counted breach days
 * before today, plus today's tickets whose time has come by `now`; due soon is counted live, from the
 * index on resolutionDueAt (only tickets not yet past their resolution due time can be due soon).
 */
async function countedTallies(tx: Tx, period: Period, now: Date): Promise<Tallies> {
  const today = utcDay(now);
  const todayStart = dayStart(today);
  const fields = tx.ticket.fields;
  const [counters, perDay, breachedBefore, breachedToday, dueSoon] = await Promise.all([
    tx.ticketCounter.findMany({
      where: { dimension: { in: ["status", ...OPEN_DIMENSIONS] } },
      select: { dimension: true, key: true, count: true },
    }),
    tx.ticketCounter.findMany({
      where: { dimension: { in: ["created", "resolved"] }, day: { gte: period.from, lte: period.to } },
      select: { dimension: true, day: true, count: true },
    }),
    tx.ticketCounter.groupBy({
      by: ["key"],
      where: { dimension: "breach", day: { lt: today } },
      _sum: { count: true },
    }),
    // Unfinished tickets breached by now whose breach day is today: their due times are today or later.
    tx.ticket.groupBy({
      by: ["assigneeId"],
      where: {
        AND: [
          { resolvedAt: null, resolutionDueAt: { gte: todayStart } },
          {
            OR: [
              { firstResponseAt: null, responseDueAt: { gte: todayStart } },
              { firstResponseAt: { lte: fields.responseDueAt } },
            ],
          },
          slaWhere("breached", now, fields),
        ],
      },
      _count: { _all: true },
    }),
    tx.ticket.count({ where: slaWhere("due_soon", now, fields) }),
  ]);
  // The medians are read beside the transaction: countedMedians.
  const tallies = emptyTallies(dueSoon, { medianFirstResponseMinutes: null, medianResolutionMinutes: null });
  for (const row of counters) {
    if (row.dimension === "status") add(tallies.byStatus, row.key, row.count);
    else add(tallies.open[row.dimension as (typeof OPEN_DIMENSIONS)[number]], row.key, row.count);
  }
  for (const row of perDay) add(row.dimension === "created" ? tallies.created : tallies.resolved, row.day, row.count);
  for (const row of breachedBefore) add(tallies.overdueByAssignee, row.key, row._sum.count ?? 0);
  for (const row of breachedToday) add(tallies.overdueByAssignee, row.assigneeId, row._count._all);
  return tallies;
}

/**
 * The medians over every ticket created in the period, from the index on (createdAt, firstResponseAt,
 * resolvedAt) alone. Sorting the period's durations is the one cost that grows with the period
 * (~80 000 tickets a month at a million a year).
 */
async function countedMedians(db: Db, period: Period) {
  const [row] = await db.$queryRaw<{ response: number | null; resolution: number | null }[]>(Prisma.sql`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', "firstResponseAt" - "createdAt"))
             FILTER (WHERE "firstResponseAt" IS NOT NULL) AS response,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', "resolvedAt" - "createdAt"))
             FILTER (WHERE "resolvedAt" IS NOT NULL) AS resolution
      FROM "Ticket"
     WHERE "createdAt" >= ${period.start.toISOString()}::timestamptz AT TIME ZONE 'UTC'
       AND "createdAt" < ${period.end.toISOString()}::timestamptz AT TIME ZONE 'UTC'`);
  const seconds = (value: number | null | undefined) => (value == null ? null : minutes(value * 1000));
  return { response: seconds(row?.response), resolution: seconds(row?.resolution) };
}

/** The caller's own tickets (requesters, organization scopes): few enough to count as they are. */
async function liveTallies(tx: Tx, auth: AuthSession, period: Period, now: Date): Promise<Tallies> {
  const scope = ticketScope(auth);
  const fields = tx.ticket.fields;
  const unfinished = { AND: [scope, { resolvedAt: null }] };
  const [statuses, open, overdue, dueSoon, created, resolved] = await Promise.all([
    tx.ticket.groupBy({ by: ["statusId"], where: scope, _count: { _all: true } }),
    tx.ticket.groupBy({
      by: ["priorityId", "criticalityId", "categoryId", "locationId", "assigneeId"],
      where: unfinished,
      _count: { _all: true },
    }),
    tx.ticket.groupBy({
      by: ["assigneeId"],
      where: { AND: [unfinished, slaWhere("breached", now, fields)] },
      _count: { _all: true },
    }),
    tx.ticket.count({ where: { AND: [scope, slaWhere("due_soon", now, fields)] } }),
    tx.ticket.findMany({
      where: { AND: [scope, { createdAt: { gte: period.start, lt: period.end } }] },
      select: { createdAt: true, firstResponseAt: true, resolvedAt: true },
    }),
    tx.ticket.findMany({
      where: { AND: [scope, { resolvedAt: { gte: period.start, lt: period.end } }] },
      select: { resolvedAt: true },
    }),
  ]);
  const tallies = emptyTallies(dueSoon, {
    medianFirstResponseMinutes: minutes(
      median(created.flatMap((t) => (t.firstResponseAt ? [t.firstResponseAt.getTime() - t.createdAt.getTime()] : []))),
    ),
    medianResolutionMinutes: minutes(
      median(created.flatMap((t) => (t.resolvedAt ? [t.resolvedAt.getTime() - t.createdAt.getTime()] : []))),
    ),
  });
  for (const row of statuses) add(tallies.byStatus, row.statusId, row._count._all);
  for (const row of open) {
    add(tallies.open.priority, row.priorityId, row._count._all);
    add(tallies.open.criticality, row.criticalityId, row._count._all);
    add(tallies.open.category, row.categoryId, row._count._all);
    add(tallies.open.location, row.locationId, row._count._all);
    add(tallies.open.assignee, row.assigneeId, row._count._all);
  }
  for (const row of overdue) add(tallies.overdueByAssignee, row.assigneeId, row._count._all);
  for (const row of created) add(tallies.created, utcDay(row.createdAt), 1);
  for (const row of resolved) if (row.resolvedAt) add(tallies.resolved, utcDay(row.resolvedAt), 1);
  return tallies;
}

type CatalogItem = { id: string; name: string; nameEs: string | null; active: boolean; color?: string };
type Count = { id: string | null; name: string; nameEs: string | null; color?: string; count: number };

/** One entry per catalog item, in catalog order (inactive items only while they count something), then "none". */
function countsOf(items: CatalogItem[], counts: Map<string, number>, none?: { name: string; nameEs: string }) {
  const rows: Count[] = items
    .filter((item) => item.active || (counts.get(item.id) ?? 0) > 0)
    .map(({ id, name, nameEs, color }) => ({
      id,
      name,
      nameEs,
      ...(color ? { color } : {}),
      count: counts.get(id) ?? 0,
    }));
  const unset = counts.get("") ?? 0;
  if (none && unset > 0) rows.push({ id: null, ...none, count: unset });
  return rows;
}

const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);

/**
 * The dashboard's numbers over the tickets the caller may see (`ticketScope`). Counts by status
 * cover every ticket; by priority, criticality, category, location and the workload, the unfinished
 * ones (`resolvedAt` empty: status category open or pending). Overdue / due soon are the unfinished
 * tickets whose SLA state is breached / due soon at `now`, exactly as the list's `sla` filter finds
 * them. Per day and the medians cover the period: tickets created (resolved) on each UTC day, and the
 * median minutes to the first response / resolution of tickets created in it that have one.
 * The counts are read in one repeatable-read transaction, so they agree with each other; the medians
 * of every ticket are read beside it, at the same time.
 */
export async function dashboardStats(db: Db, auth: AuthSession, input: DashboardStatsInput, now = new Date()) {
  const period = dashboardPeriod(input, now);
  const seesAll = isStaff(auth);
  const orderBy = [{ position: "asc" as const }, { name: "asc" as const }];
  const catalogSelect = { id: true, name: true, nameEs: true, active: true } as const;
  const snapshot = db.$transaction(
    async (tx) => {
      const [tallies, statuses, priorities, criticalities, categories, locations] = await Promise.all([
        seesAll ? countedTallies(tx, period, now) : liveTallies(tx, auth, period, now),
        tx.ticketStatus.findMany({ orderBy, select: { ...catalogSelect, color: true, category: true } }),
        tx.priority.findMany({ orderBy, select: { ...catalogSelect, color: true } }),
        tx.criticality.findMany({ orderBy, select: { ...catalogSelect, color: true } }),
        tx.category.findMany({ orderBy, select: catalogSelect }),
        tx.location.findMany({ orderBy, select: { id: true, name: true, active: true } }),
      ]);
      return { tallies, statuses, priorities, criticalities, categories, locations };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
  const [{ tallies, statuses, priorities, criticalities, categories, locations }, medians] = await Promise.all([
    snapshot,
    seesAll ? countedMedians(db, period) : null,
  ]);

  const assigneeIds = [...tallies.open.assignee.keys()].filter((id) => id !== "");
  const people = assigneeIds.length
    ? await db.user.findMany({ where: { id: { in: assigneeIds } }, select: { id: true, fullName: true } })
    : [];
  const workload = people
    .map((assignee) => ({
      assignee,
      open: tallies.open.assignee.get(assignee.id) ?? 0,
      overdue: tallies.overdueByAssignee.get(assignee.id) ?? 0,
    }))
    .sort((a, b) => b.open - a.open || b.overdue - a.overdue || a.assignee.fullName.localeCompare(b.assignee.fullName));

  return {
    from: period.from,
    to: period.to,
    byStatus: statuses
      .filter((s) => s.active || (tallies.byStatus.get(s.id) ?? 0) > 0)
      .map(({ id, name, nameEs, color, category }) => ({
        id,
        name,
        nameEs,
        color,
        category,
        count: tallies.byStatus.get(id) ?? 0,
      })),
    byPriority: countsOf(priorities, tallies.open.priority),
    byCriticality: countsOf(criticalities, tallies.open.criticality, {
      name: "No criticality",
      nameEs: "Sin criticidad",
    }),
    byCategory: countsOf(categories, tallies.open.category, { name: "No category", nameEs: "Sin categoría" }),
    byLocation: countsOf(
      locations.map((l) => ({ ...l, nameEs: null })),
      tallies.open.location,
      { name: "No location", nameEs: "Sin ubicación" },
    ),
    open: sum(tallies.open.priority),
    overdue: sum(tallies.overdueByAssignee),
    dueSoon: tallies.dueSoon,
    createdPerDay: period.days.map((date) => ({ date, count: tallies.created.get(date) ?? 0 })),
    resolvedPerDay: period.days.map((date) => ({ date, count: tallies.resolved.get(date) ?? 0 })),
    medianFirstResponseMinutes: medians ? medians.response : tallies.medianFirstResponseMinutes,
    medianResolutionMinutes: medians ? medians.resolution : tallies.medianResolutionMinutes,
    workload,
    unassigned: { open: tallies.open.assignee.get("") ?? 0, overdue: tallies.overdueByAssignee.get("") ?? 0 },
  };
}

export type DashboardStats = Awaited<ReturnType<typeof dashboardStats>>;
