import { STATUS_CATEGORIES, TICKET_ORDERS, type StatusCategory } from "@soporte/api/constants";
import { useQueryStates } from "nuqs";
import { createLoader, createParser, parseAsStringLiteral } from "nuqs/server";
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
  /** The saved view that was opened (its filters may have been changed since). */
  view: parseAsUuid,
  /** "relevance" (best match first) while searching. */
  sort: parseAsStringLiteral(TICKET_ORDERS).withDefault("createdAt").withOptions({ clearOnDefault: false }),
  dir: parseAsStringLiteral(["asc", "desc"] as const)
    .withDefault("desc")
    .withOptions({ clearOnDefault: false }),
};

/** The URL state in a server component (the tickets page prefetches its first rows with it). */
export const loadTicketsSearchParams = createLoader(ticketsSearchParams);

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
  view: null,
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

/** The filters of the URL state as `tickets.list` takes them (what a saved view stores and the export reads). */
export function ticketFiltersOf(params: TicketsSearchParams) {
  const { limit: _limit, cursor: _cursor, ...filters } = ticketListInput(params, null);
  return filters;
}

export type TicketFiltersInput = ReturnType<typeof ticketFiltersOf>;

/** What a saved view holds, as the API returns it. */
type StoredFilters = {
  search?: string;
  statusIds?: string[];
  statusCategories?: StatusCategory[];
  priorityIds?: string[];
  categoryIds?: string[];
  criticalityIds?: string[];
  locationId?: string;
  createdFrom?: Date;
  createdTo?: Date;
  assignee?: string;
  sla?: TicketsSearchParams["sla"];
  sort: TicketsSearchParams["sort"];
  direction: TicketsSearchParams["dir"];
  [other: string]: unknown;
};

/** Open and pending, in any order: the "unfinished" state. */
const isUnfinished = (categories: StatusCategory[] | undefined) =>
  categories?.length === 2 && UNFINISHED.every((c) => categories.includes(c));

/** The URL state that opens a saved view: its filters, its order, the first page. */
export function paramsOfView(view: { id: string; filters: StoredFilters }) {
  const f = view.filters;
  return {
    ...FILTER_RESET,
    q: f.search || null,
    status: f.statusIds?.[0] ?? null,
    state: isUnfinished(f.statusCategories) ? ("unfinished" as const) : (f.statusCategories?.[0] ?? null),
    priority: f.priorityIds?.[0] ?? null,
    category: f.categoryIds?.[0] ?? null,
    criticality: f.criticalityIds?.[0] ?? null,
    location: f.locationId ?? null,
    createdFrom: f.createdFrom?.toISOString().slice(0, 10) ?? null,
    createdTo: f.createdTo?.toISOString().slice(0, 10) ?? null,
    assignee: f.assignee ?? null,
    sla: f.sla ?? null,
    sort: f.sort,
    dir: f.direction,
    view: view.id,
  };
}

/** Filters the page shows one value of (beyond the page with several), and filters it has no control for. */
const LIST_FILTERS = ["statusIds", "statusCategories", "priorityIds", "categoryIds", "criticalityIds"] as const;
const OTHER_FILTERS = ["problemTypeIds", "requesterId", "organizationId", "tags"] as const;

/** A filter beyond the page: its key in `tickets.views.beyondFilters` ("several statuses", "requester"…). */
export type FilterBeyondThePage = (typeof LIST_FILTERS)[number] | (typeof OTHER_FILTERS)[number];

/**
 * The filters of a view (saved through the API) that this page has no control for: the page shows
 * one status, priority, category, criticality, location, creation period and SLA state, and none of these others.
 */
export function filtersBeyondThePage(filters: StoredFilters): FilterBeyondThePage[] {
  const beyond: FilterBeyondThePage[] = [];
  for (const key of LIST_FILTERS) {
    const value = filters[key];
    if (key === "statusCategories" && isUnfinished(filters.statusCategories)) continue;
    if (Array.isArray(value) && value.length > 1) beyond.push(key);
  }
  for (const key of OTHER_FILTERS) {
    const value = filters[key];
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) beyond.push(key);
  }
  return beyond;
}

/** One text per set of filters: unset values and empty lists left out, keys in order, dates as ISO. */
function canonical(filters: Record<string, unknown>): string {
  const entries = Object.entries(filters)
    .filter(
      ([, value]) => value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && !value.length),
    )
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(Object.fromEntries(entries));
}

export function sameFilters(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return canonical(a) === canonical(b);
}

/** The CSV export of the list as it is filtered and ordered now. */
export function exportHref(params: TicketsSearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(ticketFiltersOf(params))) {
    if (Array.isArray(value)) for (const item of value) query.append(key, String(item));
    else if (value instanceof Date) query.set(key, value.toISOString());
    else if (value !== undefined) query.set(key, String(value));
  }
  return `/api/tickets/export?${query.toString()}`;
}
