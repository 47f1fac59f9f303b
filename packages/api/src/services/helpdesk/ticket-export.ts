// The CSV export of the ticket list: the same filters and scope as `tickets.list`, read page after
// page with its keyset cursor and written as RFC 4180 CSV. The web route only wires it to HTTP.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ticketExportRules } from "../../auth/limits";
import { consume } from "../../auth/rate-limit";
import type { Context } from "../../context";
import { ticketFiltersSchema } from "../../schemas/helpdesk";
import type { TicketFilters } from "./ticket-filters";
import { listTickets } from "./ticket-list";

/** At most this many rows go into one file; narrower filters export the rest. */
export const EXPORT_MAX_ROWS = 100_000;
const PAGE_SIZE = 100;

type TicketItem = Awaited<ReturnType<typeof listTickets>>["items"][number];
type Cell = string | number | Date | null | undefined;

/** The columns of the ticket table, plus category and the resolution due time. */
export const TICKET_CSV_COLUMNS: { header: string; value: (ticket: TicketItem) => Cell }[] = [
  { header: "Number", value: (t) => t.number },
  { header: "Title", value: (t) => t.title },
  { header: "Status", value: (t) => t.status.name },
  { header: "Priority", value: (t) => t.priority.name },
  { header: "Category", value: (t) => t.category?.name },
  { header: "Requester", value: (t) => t.requester.fullName },
  { header: "Assignee", value: (t) => t.assignee?.fullName },
  { header: "Created", value: (t) => t.createdAt },
  { header: "Updated", value: (t) => t.updatedAt },
  { header: "SLA state", value: (t) => t.sla.state },
  { header: "Resolution due", value: (t) => t.sla.resolutionDueAt },
];

/** Characters that make a spreadsheet read a cell as a formula (and tab / CR, which some strip first). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: dates as ISO 8601 UTC, numbers as they are, text quoted when it holds a comma,
 * quote or line break (quotes doubled), and text a spreadsheet would run as a formula prefixed
 * with `'` so it shows as text.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/**
 * The CSV text, one chunk per page: a byte-order mark (so spreadsheet programs read UTF-8), the
 * header, then the rows. Every page is read with the same `now`, so the SLA filter and states do
 * not shift during the export. Pages are separate queries: a ticket changed meanwhile may move.
 */
export async function* ticketCsvChunks(
  ctx: Pick<Context, "db"> & { auth: NonNullable<Context["auth"]> },
  filters: TicketFilters,
  { now = new Date(), maxRows = EXPORT_MAX_ROWS }: { now?: Date; maxRows?: number } = {},
): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(TICKET_CSV_COLUMNS.map((column) => column.header))}`;
  let cursor: string | null = null;
  let written = 0;
  do {
    const limit = Math.min(PAGE_SIZE, maxRows - written);
    const page: Awaited<ReturnType<typeof listTickets>> = await listTickets(
      ctx.db,
      ctx.auth,
      { ...filters, limit, cursor },
      now,
    );
    if (page.items.length === 0) return;
    yield page.items.map((ticket) => csvLine(TICKET_CSV_COLUMNS.map((column) => column.value(ticket)))).join("");
    written += page.items.length;
    cursor = page.nextCursor;
  } while (cursor && written < maxRows);
}

const ARRAY_FILTERS = new Set([
  "statusIds",
  "statusCategories",
  "priorityIds",
  "criticalityIds",
  "categoryIds",
  "problemTypeIds",
  "tags",
]);

/**
 * `tickets.list`'s filters from a query string: list filters repeated (`statusIds=a&statusIds=b`) or
 * comma-separated, empty values ignored, unknown parameters refused. Invalid input is a BAD_REQUEST
 * whose cause holds the field errors.
 */
export function ticketFiltersFromQuery(query: URLSearchParams): TicketFilters {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key).filter((value) => value !== "");
    if (ARRAY_FILTERS.has(key)) raw[key] = values.flatMap((value) => value.split(",")).filter(Boolean);
    else if (values.length > 1)
      raw[key] = values; // refused by the schema: one value only
    else if (values.length === 1) raw[key] = values[0];
  }
  const parsed = ticketFiltersSchema.strict().safeParse(raw);
  if (!parsed.success) {
    // An unknown parameter becomes a field error of its own, like a bad value.
    const issues = parsed.error.issues.flatMap((issue): z.core.$ZodIssue[] =>
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => ({
            code: "custom",
            path: [key],
            message: "Unknown filter.",
            input: raw[key],
          }))
        : [issue],
    );
    const fields = [...new Set(issues.map((issue) => String(issue.path[0])))];
    const message = `Invalid filter ${fields.map((key) => `"${key}"`).join(", ")}.`;
    throw new TRPCError({ code: "BAD_REQUEST", message, cause: new z.ZodRealError(issues) });
  }
  return parsed.data;
}

/** `tickets-2026-12-05.csv`, by the UTC date. */
export function exportFileName(now: Date): string {
  return `tickets-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * Checks an export request — signed in, valid filters, within the rate limit (in that order, so a
 * typo costs no export) — and returns the file's name and its text as an async iterable.
 */
export async function startTicketExport(ctx: Context, query: URLSearchParams, now = new Date()) {
  const { auth } = ctx;
  if (!auth) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  const filters = ticketFiltersFromQuery(query);
  await consume(ctx.db, ticketExportRules(auth.user.id), "exports");
  return { fileName: exportFileName(now), chunks: ticketCsvChunks({ db: ctx.db, auth }, filters, { now }) };
}
