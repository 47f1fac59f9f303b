import type { Db } from "@soporte/db";
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
  const priorityRanks =
    input.sort === "priority" && input.priorityIds?.length
      ? (await db.priority.findMany({ where: { id: { in: input.priorityIds } }, select: { position: true } })).map(
          (p) => p.position,
        )
      : undefined;
  const rows = await db.ticket.findMany({
    ...ticketPageArgs(input, auth, context, priorityRanks),
    select: ticketListSelect,
  });
  const column = SORT_COLUMNS[input.sort].column;
  const page = pageOf(rows, input.limit, (row) => row[column]);
  return { items: page.items.map((row) => toTicket(row, context.now)), nextCursor: page.nextCursor };
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
