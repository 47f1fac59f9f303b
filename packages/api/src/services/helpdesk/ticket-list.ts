import type { Db } from "@soporte/db";
import type { z } from "zod";
import type { AuthSession } from "../../auth/session-user";
import { pageOf } from "../../lib/pagination";
import type { ticketListSchema } from "../../schemas/helpdesk";
import { SORT_COLUMNS, ticketPageArgs } from "./ticket-filters";
import { ticketListSelect, toTicket } from "./tickets";

export type TicketListInput = z.output<typeof ticketListSchema>;

/** One page of the tickets the caller may see that match the filters, in the chosen order. */
export async function listTickets(db: Db, auth: AuthSession, input: TicketListInput, now = new Date()) {
  const priorityRanks =
    input.sort === "priority" && input.priorityIds?.length
      ? (await db.priority.findMany({ where: { id: { in: input.priorityIds } }, select: { position: true } })).map(
          (p) => p.position,
        )
      : undefined;
  const rows = await db.ticket.findMany({
    ...ticketPageArgs(input, auth, { now, fields: db.ticket.fields }, priorityRanks),
    select: ticketListSelect,
  });
  const column = SORT_COLUMNS[input.sort].column;
  const page = pageOf(rows, input.limit, (row) => row[column]);
  return { items: page.items.map((row) => toTicket(row, now)), nextCursor: page.nextCursor };
}
