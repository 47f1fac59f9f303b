import type { Prisma } from "@soporte/db";
import type { z } from "zod";
import type { AuthSession } from "../../auth/session-user";
import { decodeCursor, keysetAfter, type CursorKind } from "../../lib/pagination";
import type { ticketFiltersSchema, TicketSort } from "../../schemas/helpdesk";
import { slaWhere } from "./sla";
import { ticketScope } from "./ticket-scope";

export type TicketFilters = z.output<typeof ticketFiltersSchema>;

/** The column each sort orders by (then by id), and the kind of value its cursor holds. */
export const SORT_COLUMNS = {
  createdAt: { column: "createdAt", kind: "date" },
  updatedAt: { column: "updatedAt", kind: "date" },
  number: { column: "number", kind: "int" },
  priority: { column: "priorityRank", kind: "int" },
  dueAt: { column: "resolutionDueAt", kind: "date" },
} as const satisfies Record<TicketSort, { column: keyof Prisma.TicketWhereInput; kind: CursorKind }>;

function assigneeWhere(assignee: TicketFilters["assignee"], auth: AuthSession): Prisma.TicketWhereInput {
  if (assignee === undefined) return {};
  if (assignee === "me") return { assigneeId: auth.user.id };
  if (assignee === "unassigned") return { assigneeId: null };
  return { assigneeId: assignee };
}

/**
 * What the filters need besides their input: the moment they are evaluated at, `db.ticket.fields`,
 * and with a search the tickets that match it (ticket-search.ts).
 */
export type FilterContext = { now: Date; fields: Prisma.TicketFieldRefs; matches?: ReadonlyMap<string, number> };

function searchWhere(search: string | undefined, matches: FilterContext["matches"]): Prisma.TicketWhereInput {
  if (!search) return {};
  if (!matches) throw new Error("A search needs its matches (searchTickets) first.");
  return { id: { in: [...matches.keys()] } };
}

/** The `where` of a ticket list: the caller's scope and every filter, nothing else. */
export function ticketFilterWhere(
  filters: TicketFilters,
  auth: AuthSession,
  { now, fields, matches }: FilterContext,
): Prisma.TicketWhereInput {
  const inList = (ids: string[] | undefined) => (ids?.length ? { in: ids } : undefined);
  return {
    AND: [
      ticketScope(auth),
      searchWhere(filters.search, matches),
      assigneeWhere(filters.assignee, auth),
      filters.sla ? slaWhere(filters.sla, now, fields) : {},
      {
        statusId: inList(filters.statusIds),
        status: filters.statusCategories?.length ? { category: { in: filters.statusCategories } } : undefined,
        priorityId: inList(filters.priorityIds),
        criticalityId: inList(filters.criticalityIds),
        categoryId: inList(filters.categoryIds),
        problemTypeId: inList(filters.problemTypeIds),
        requesterId: filters.requesterId,
        organizationId: filters.organizationId,
        locationId: filters.locationId,
        tags: filters.tags?.length ? { hasEvery: filters.tags } : undefined,
        createdAt:
          filters.createdFrom || filters.createdTo ? { gte: filters.createdFrom, lte: filters.createdTo } : undefined,
      },
    ],
  };
}

/**
 * The query arguments of one keyset page of the ticket list. `seek`: a bound on the sort column that
 * the filters imply (ticket-list.ts sortSeek) — the same rows, but the sort's index can then start at
 * them instead of walking past every other ticket.
 */
export function ticketPageArgs(
  filters: TicketFilters & { sort: TicketSort; limit: number; cursor?: string | null },
  auth: AuthSession,
  context: FilterContext,
  seek: Prisma.TicketWhereInput = {},
) {
  const { column, kind } = SORT_COLUMNS[filters.sort];
  const cursor = filters.cursor ? decodeCursor(filters.cursor, kind) : null;
  // A ticket is updated and due no earlier than it was created (CHECK constraints, migration
  // ticket_time_order): with a creation bound, sorting by either column starts its index there
  // instead of walking every older ticket first (1 s → milliseconds at a million tickets).
  const impliedBound =
    filters.createdFrom && (column === "updatedAt" || column === "resolutionDueAt")
      ? { [column]: { gte: filters.createdFrom } }
      : {};
  return {
    where: {
      AND: [
        ticketFilterWhere(filters, auth, context),
        impliedBound,
        seek,
        cursor ? keysetAfter(column, filters.direction, cursor) : {},
      ],
    },
    orderBy: [{ [column]: filters.direction }, { id: filters.direction }] as Prisma.TicketOrderByWithRelationInput[],
    take: filters.limit + 1,
  };
}
