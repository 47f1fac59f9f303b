// Output schemas of the helpdesk routers (tickets, comments, dashboard, audit): what each procedure
// returns, field for field (services/helpdesk, the routers' selects). Plain objects without
// refinements or transforms: tickets.list validates every row of every page.
import { z } from "zod";
import { STATUS_CATEGORIES } from "../helpdesk";
import { dateTime, namedSchema, pageOf, personSchema, uuid } from "./common";

// ───────────── tickets ─────────────

const SLA_STATES = ["ok", "due_soon", "breached", "met"] as const;

const slaStateSchema = z.enum(SLA_STATES).meta({
  description: "ok; due_soon (in the last fifth of the time the target allows); breached (late); met (done in time).",
});

/** The SLA of a ticket at the time of the answer (computed, not stored). */
export const slaSchema = z
  .object({
    responseDueAt: dateTime,
    resolutionDueAt: dateTime,
    state: slaStateSchema.meta({
      description: "The worst of the two targets: met only when both were met.",
    }),
    response: slaStateSchema,
    resolution: slaStateSchema,
  })
  .meta({
    id: "TicketSla",
    description: "The first-response and resolution targets of a ticket and where each stands now.",
  });

const statusRef = z
  .object({
    id: uuid,
    name: z.string().meta({ example: "Open" }),
    nameEs: z.string().meta({ example: "Abierto" }),
    color: z.string().meta({ example: "#3b82f6" }),
    category: z.enum(STATUS_CATEGORIES),
  })
  .meta({ id: "TicketStatusRef" });

/** A priority or criticality level as a ticket names it. */
const colouredRef = z.object({ id: uuid, name: z.string(), nameEs: z.string(), color: z.string() });
const categoryRef = z.object({ id: uuid, name: z.string(), nameEs: z.string() });

/** A ticket as the list shows it. */
const ticketListItemShape = {
  id: uuid,
  number: z.number().int().meta({ example: 1042 }),
  title: z.string().meta({ example: "The printer on the 2nd floor jams" }),
  tags: z.array(z.string()),
  createdAt: dateTime,
  updatedAt: dateTime,
  firstResponseAt: dateTime.nullable(),
  resolvedAt: dateTime.nullable(),
  closedAt: dateTime.nullable(),
  responseDueAt: dateTime,
  resolutionDueAt: dateTime,
  status: statusRef,
  priority: colouredRef,
  criticality: colouredRef.nullable(),
  category: categoryRef.nullable(),
  requester: personSchema,
  assignee: personSchema.nullable(),
  sla: slaSchema,
};

export const ticketListItemSchema = z.object(ticketListItemShape).meta({ id: "TicketListItem" });

export const ticketPageSchema = pageOf(ticketListItemSchema).meta({ id: "TicketPage" });

/** A whole ticket, as the ticket page shows it and as the changes return it. */
export const ticketSchema = z
  .object({
    ...ticketListItemShape,
    description: z.string(),
    problemType: z.object({ id: uuid, name: z.string(), nameEs: z.string(), categoryId: uuid.nullable() }).nullable(),
    location: namedSchema.nullable(),
    organization: namedSchema.nullable(),
    requester: personSchema.extend({ email: z.string().meta({ example: "sofia.martinez@example.com" }) }),
  })
  .meta({ id: "Ticket" });

/** What the caller may do with the ticket, so a client offers only that (the API checks again). */
export const ticketAbilitiesSchema = z
  .object({
    update: z.boolean(),
    assign: z.boolean(),
    setStatus: z.boolean(),
    delete: z.boolean(),
    internalNotes: z.boolean().meta({ description: "Reads and writes internal notes." }),
    moderateComments: z.boolean().meta({ description: "Deletes others' comments." }),
  })
  .meta({ id: "TicketAbilities" });

export const ticketDetailSchema = ticketSchema.extend({ can: ticketAbilitiesSchema }).meta({ id: "TicketDetail" });

export const ticketDeletedSchema = z.object({ id: uuid, number: z.number().int() }).meta({ id: "DeletedTicket" });

export const ticketBulkResultSchema = z
  .object({
    updated: z.number().int().min(0).meta({
      description: "How many of the tickets changed (one already in that state does not count).",
      example: 2,
    }),
  })
  .meta({ id: "TicketBulkResult" });

// ───────────── audit ─────────────

const auditEntryShape = {
  id: z.string().meta({ description: "A serial number, as text.", example: "48213" }),
  action: z.string().meta({ example: "ticket.update" }),
  entityType: z.string().meta({ example: "ticket" }),
  entityId: z.string(),
  changes: z.unknown().meta({
    description: "The fields that changed: `{ field: { before, after } }` (free-form JSON).",
    example: { status: { before: { id: "…", name: "Open" }, after: { id: "…", name: "Resolved" } } },
  }),
  internal: z.boolean().meta({ description: "About an internal note." }),
  createdAt: dateTime,
  actor: personSchema.nullable().meta({ description: "Who did it; null for the system." }),
};

/** An entry of a ticket's history (its own and its comments' audit entries). */
export const ticketHistoryEntrySchema = z.object(auditEntryShape).meta({ id: "TicketHistoryEntry" });

export const ticketHistoryPageSchema = pageOf(ticketHistoryEntrySchema);

/** An entry of the global audit log. */
export const auditEntrySchema = z
  .object({
    ...auditEntryShape,
    ticketId: uuid.nullable().meta({ description: "The ticket it belongs to (its own or its comment's), if any." }),
    ip: z.string().meta({ description: "The client's address; empty when unknown." }),
    requestId: z.string().meta({ description: "The request that did it; empty when unknown." }),
  })
  .meta({ id: "AuditEntry" });

export const auditPageSchema = pageOf(auditEntrySchema);

// ───────────── comments ─────────────

export const commentSchema = z
  .object({
    id: uuid,
    ticketId: uuid,
    body: z.string().meta({ example: "Restarting the printer fixed it for now." }),
    internal: z.boolean().meta({ description: "An internal note, never shown to requesters." }),
    createdAt: dateTime,
    editedAt: dateTime.nullable(),
    author: personSchema,
  })
  .meta({ id: "Comment" });

export const commentPageSchema = pageOf(commentSchema);

export const commentDeletedSchema = z.object({ id: uuid }).meta({ id: "DeletedComment" });

// ───────────── dashboard ─────────────

const isoDay = z.string().meta({ format: "date", example: "2026-12-04" });
const count = z.number().int().min(0);

/** A count of unfinished tickets per catalog item; `id` null for the tickets without one ("No category"…). */
const dashboardCountSchema = z
  .object({
    id: uuid.nullable(),
    name: z.string(),
    nameEs: z.string().nullable(),
    color: z.string().optional().meta({ description: "Priorities and criticality levels only." }),
    count,
  })
  .meta({ id: "DashboardCount" });

const perDay = z.array(z.object({ date: isoDay, count }));

export const dashboardStatsOutputSchema = z
  .object({
    from: isoDay,
    to: isoDay,
    byStatus: z.array(
      z.object({
        id: uuid,
        name: z.string(),
        nameEs: z.string(),
        color: z.string(),
        category: z.enum(STATUS_CATEGORIES),
        count,
      }),
    ),
    byPriority: z.array(dashboardCountSchema),
    byCriticality: z.array(dashboardCountSchema),
    byCategory: z.array(dashboardCountSchema),
    byLocation: z.array(dashboardCountSchema),
    open: count,
    overdue: count,
    dueSoon: count,
    createdPerDay: perDay,
    resolvedPerDay: perDay,
    medianFirstResponseMinutes: z.number().nullable().meta({ example: 42.5 }),
    medianResolutionMinutes: z.number().nullable(),
    workload: z.array(
      z.object({
        assignee: z.object({ id: uuid, fullName: z.string() }),
        open: count,
        overdue: count,
      }),
    ),
    unassigned: z.object({ open: count, overdue: count }),
  })
  .meta({ id: "DashboardStats" });
