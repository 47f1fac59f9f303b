import { STATUS_CATEGORIES, TICKET_SORTS, type StatusCategory } from "@soporte/api/schemas";
import { createParser, parseAsStringLiteral, useQueryStates } from "nuqs";
import { listSearchParams, parseAsUuid } from "@/components/data-table/search-params";

/** `me`, `unassigned` or a staff member's id, as `tickets.list` takes it. */
const parseAsAssignee = createParser({
  parse: (value: string) => (value === "me" || value === "unassigned" ? value : parseAsUuid.parse(value)),
  serialize: (value: string) => value,
});

/** A UTC day, "2026-12-04", as the dashboard links to a day's tickets. */
const parseAsDay = createParser({
  parse: (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : null),
  serialize: (value: string) => value,
});

/** "unfinished" is open and pending together: what the dashboard counts as open. */
export const TICKET_STATES = [...STATUS_CATEGORIES, "unfinished"] as const;
const UNFINISHED: StatusCategory[] = ["open", "pending"];
export const SLA_FILTERS = ["due_soon", "breached"] as const;

/** The ticket table's state, all of it in the URL so a link or a reload shows the same rows. */
export const ticketsSearchParams = {
  ...listSearchParams,
  status: parseAsUuid,
  /** A status category ("open" is the "Open" quick filter). */
  state: parseAsStringLiteral(TICKET_STATES),
  priority: parseAsUuid,
  criticality: parseAsUuid,
  category: parseAsUuid,
  location: parseAsUuid,
  sla: parseAsStringLiteral(SLA_FILTERS),
  /** Created on or after this UTC day, and on or before that one (both days included). */
  createdFrom: parseAsDay,
  createdTo: parseAsDay,
  assignee: parseAsAssignee,
  sort: parseAsStringLiteral(TICKET_SORTS).withDefault("createdAt").withOptions({ clearOnDefault: false }),
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
  criticality: null,
  category: null,
  location: null,
  sla: null,
  createdFrom: null,
  createdTo: null,
  assignee: null,
  after: null,
} as const;

export function hasTicketFilters(params: TicketsSearchParams): boolean {
  return Boolean(
    params.q ||
    params.status ||
    params.state ||
    params.priority ||
    params.criticality ||
    params.category ||
    params.location ||
    params.sla ||
    params.createdFrom ||
    params.createdTo ||
    params.assignee,
  );
}

/** The `tickets.list` input of the URL state. */
export function ticketListInput(params: TicketsSearchParams, cursor: string | null) {
  return {
    limit: params.size,
    cursor,
    search: params.q || undefined,
    statusIds: params.status ? [params.status] : undefined,
    statusCategories: params.state === "unfinished" ? UNFINISHED : params.state ? [params.state] : undefined,
    priorityIds: params.priority ? [params.priority] : undefined,
    criticalityIds: params.criticality ? [params.criticality] : undefined,
    categoryIds: params.category ? [params.category] : undefined,
    locationId: params.location ?? undefined,
    sla: params.sla ?? undefined,
    createdFrom: params.createdFrom ? new Date(`${params.createdFrom}T00:00:00.000Z`) : undefined,
    // Through the end of that day.
    createdTo: params.createdTo ? new Date(Date.parse(`${params.createdTo}T00:00:00.000Z`) + 86_399_999) : undefined,
    assignee: params.assignee ?? undefined,
    sort: params.sort,
    direction: params.dir,
  };
}
