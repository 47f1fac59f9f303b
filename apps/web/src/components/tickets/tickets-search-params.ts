import { STATUS_CATEGORIES, TICKET_ORDERS } from "@soporte/api/schemas";
import { createParser, parseAsStringLiteral, useQueryStates } from "nuqs";
import { listSearchParams, parseAsUuid } from "@/components/data-table/search-params";

/** `me`, `unassigned` or a staff member's id, as `tickets.list` takes it. */
const parseAsAssignee = createParser({
  parse: (value: string) => (value === "me" || value === "unassigned" ? value : parseAsUuid.parse(value)),
  serialize: (value: string) => value,
});

/** The ticket table's state, all of it in the URL so a link or a reload shows the same rows. */
export const ticketsSearchParams = {
  ...listSearchParams,
  status: parseAsUuid,
  /** A status category ("open" is the "Open" quick filter). */
  state: parseAsStringLiteral(STATUS_CATEGORIES),
  priority: parseAsUuid,
  category: parseAsUuid,
  assignee: parseAsAssignee,
  sla: parseAsStringLiteral(["due_soon", "breached"] as const),
  /** "relevance" (best match first) while searching. */
  sort: parseAsStringLiteral(TICKET_ORDERS).withDefault("createdAt").withOptions({ clearOnDefault: false }),
  dir: parseAsStringLiteral(["asc", "desc"] as const)
    .withDefault("desc")
    .withOptions({ clearOnDefault: false }),
};

export function useTicketsSearchParams() {
  return useQueryStates(ticketsSearchParams, { history: "replace" });
}

export type TicketsSearchParams = ReturnType<typeof useTicketsSearchParams>[0];
export type SetTicketsSearchParams = ReturnType<typeof useTicketsSearchParams>[1];

/** The filters that narrow the list (not the order or the page). */
export const FILTER_RESET = {
  q: null,
  status: null,
  state: null,
  priority: null,
  category: null,
  assignee: null,
  sla: null,
  after: null,
} as const;

export function hasTicketFilters(params: TicketsSearchParams): boolean {
  return Boolean(
    params.q || params.status || params.state || params.priority || params.category || params.assignee || params.sla,
  );
}

/** The `tickets.list` input of the URL state. */
export function ticketListInput(params: TicketsSearchParams, cursor: string | null) {
  return {
    limit: params.size,
    cursor,
    search: params.q || undefined,
    statusIds: params.status ? [params.status] : undefined,
    statusCategories: params.state ? [params.state] : undefined,
    priorityIds: params.priority ? [params.priority] : undefined,
    categoryIds: params.category ? [params.category] : undefined,
    assignee: params.assignee ?? undefined,
    sla: params.sla ?? undefined,
    sort: params.sort,
    direction: params.dir,
  };
}
