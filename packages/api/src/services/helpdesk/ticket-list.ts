import type { Db, Prisma } from "@soporte/db";
import type { z } from "zod";
import type { AuthSession } from "../../auth/session-user";
import { decodeCursor, encodeCursor, pageOf } from "../../lib/pagination";
import type { ticketListSchema, TicketSort } from "../../schemas/helpdesk";
import { SORT_COLUMNS, ticketFilterWhere, ticketPageArgs, type FilterContext } from "./ticket-filters";
import { searchTickets } from "./ticket-search";
import { ticketListSelect, toTicket } from "./tickets";

export type TicketListInput = z.output<typeof ticketListSchema>;

/**
 * One page of the tickets the caller may see that match the filters, in the chosen order. With a
 * search, "relevance" puts the best matches first; any other sort orders the matches by it.
 */
export async function listTickets(db: Db, auth: AuthSession, input: TicketListInput, now = new Date()) {
  const matches = input.search ? await searchTickets(db, auth, input.search) : undefined;
  const context: FilterContext = { now, fields: db.ticket.fields, matches };
  if (input.sort === "relevance") {
    if (matches) return relevancePage(db, auth, input, context, matches);
    return sortedPage(db, auth, { ...input, sort: "createdAt", direction: "desc" }, context);
  }
  return sortedPage(db, auth, { ...input, sort: input.sort }, context);
}

async function sortedPage(
  db: Db,
  auth: AuthSession,
  input: TicketListInput & { sort: TicketSort },
  context: FilterContext,
) {
  const take = input.limit + 1;
  const rows: Prisma.TicketGetPayload<{ select: typeof ticketListSelect }>[] = [];
  for (const seek of await sortSeeks(db, input)) {
    const args = ticketPageArgs(input, auth, context, seek);
    rows.push(...(await db.ticket.findMany({ ...args, take: take - rows.length, select: ticketListSelect })));
    if (rows.length === take) break;
  }
  const column = SORT_COLUMNS[input.sort].column;
  const page = pageOf(rows, input.limit, (row) => row[column]);
  return { items: page.items.map((row) => toTicket(row, context.now)), nextCursor: page.nextCursor };
}

/**
 * Bounds on the sort column that the filters imply, for the sort's index to start at: the same rows,
 * read bound by bound in the sort's order. When sorting by priority, the positions of the filtered
 * priorities. When sorting by number, the number ranges given on the days of the creation-date
 * filter (TicketNumberDay, kept by triggers in the same transaction as every ticket write): without
 * them "created this week, oldest number first" walks the number index past every older ticket, about
 * a second at a million tickets.
 */
async function sortSeeks(db: Db, input: TicketListInput & { sort: TicketSort }): Promise<Prisma.TicketWhereInput[]> {
  if (input.sort === "priority" && input.priorityIds?.length) {
    const priorities = await db.priority.findMany({
      where: { id: { in: input.priorityIds } },
      select: { position: true },
    });
    return [{ priorityRank: { in: priorities.map((p) => p.position) } }];
  }
  if (input.sort === "number" && (input.createdFrom || input.createdTo)) {
    const blocks = await db.ticketNumberDay.groupBy({
      by: ["block"],
      where: { day: { gte: utcDay(input.createdFrom), lte: utcDay(input.createdTo) } },
      _min: { firstNumber: true },
      _max: { lastNumber: true },
      orderBy: { block: "asc" },
    });
    const ranges = mergeRanges(blocks.map((b) => [b._min.firstNumber!, b._max.lastNumber!]));
    const seeks = ranges.map(([gte, lte]) => ({ number: { gte, lte } }));
    return input.direction === "asc" ? seeks : seeks.reverse();
  }
  return [{}];
}

/** The numbers of one TicketNumberDay block (migration ticket_number_days). */
const NUMBER_BLOCK = 4096;

/**
 * Number ranges in ascending order with the gaps shorter than a block closed; past eight ranges, the
 * one range from the first to the last (a few more rows walked, never more than eight queries).
 */
function mergeRanges(ranges: [number, number][]) {
  const merged: [number, number][] = [];
  for (const [first, last] of ranges) {
    const previous = merged.at(-1);
    if (previous && first - previous[1] <= NUMBER_BLOCK) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged.length > 8 ? [[merged[0]![0], merged.at(-1)![1]] as [number, number]] : merged;
}

/** The UTC day of `date` as TicketNumberDay keys it; none for a year outside 0000–9999 (no bound then). */
function utcDay(date: Date | undefined) {
  const day = date?.toISOString().slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/**
 * The matches that pass the filters, best first (then newest): at most a few thousand ids, ordered
 * here; the cursor is the position of the next page.
 */
async function relevancePage(
  db: Db,
  auth: AuthSession,
  input: TicketListInput,
  context: FilterContext,
  matches: ReadonlyMap<string, number>,
) {
  const start = input.cursor ? decodeCursor(input.cursor, "int").value : 0;
  const candidates = await db.ticket.findMany({
    where: ticketFilterWhere(input, auth, context),
    select: { id: true, createdAt: true },
  });
  const ranked = candidates.sort(
    (a, b) =>
      (matches.get(b.id) ?? 0) - (matches.get(a.id) ?? 0) ||
      b.createdAt.getTime() - a.createdAt.getTime() ||
      (a.id < b.id ? 1 : -1),
  );
  const ids = ranked.slice(start, start + input.limit).map((row) => row.id);
  const rows = await db.ticket.findMany({ where: { id: { in: ids } }, select: ticketListSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids.flatMap((id) => byId.get(id) ?? []).map((row) => toTicket(row, context.now));
  const end = start + input.limit;
  return { items, nextCursor: end < ranked.length ? encodeCursor(end, ids.at(-1)!) : null };
}
