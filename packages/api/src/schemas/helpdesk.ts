// Input schemas of the helpdesk routers (catalogs, tickets, comments, audit), shared with the web forms.
import { z } from "zod";
import { STATUS_CATEGORIES, TICKET_ORDERS } from "../constants";

const id = z.uuid();
const optionalRef = id.nullable().optional();

// ───────────── catalogs ─────────────

export { CATALOGS, STATUS_CATEGORIES, TICKET_ORDERS, TICKET_SORTS, ticketNumberIn } from "../constants";
export type { CatalogName, StatusCategory, TicketOrder, TicketSort } from "../constants";

const catalogName = z.string().trim().min(1, "Enter a name.").max(60, "At most 60 characters.");
const color = z.string().regex(/^#[0-9a-f]{6}$/i, "Use a colour like #3b82f6.");
const minutes = z
  .number()
  .int("Whole minutes.")
  .min(1, "At least 1 minute.")
  .max(525_600, "At most a year (525 600 minutes).");

const catalogItem = { name: catalogName, nameEs: catalogName };

export const statusCreateSchema = z.object({
  ...catalogItem,
  category: z.enum(STATUS_CATEGORIES),
  color: color.optional(),
  isDefault: z.boolean().optional(),
});
export const priorityCreateSchema = z
  .object({
    ...catalogItem,
    color: color.optional(),
    responseMinutes: minutes,
    resolutionMinutes: minutes,
    isDefault: z.boolean().optional(),
  })
  .refine((p) => p.resolutionMinutes >= p.responseMinutes, {
    path: ["resolutionMinutes"],
    message: "Resolution cannot be due before the first response.",
  });
export const criticalityCreateSchema = z.object({ ...catalogItem, color: color.optional() });
export const categoryCreateSchema = z.object({
  ...catalogItem,
  description: z.string().trim().max(300, "At most 300 characters.").optional(),
});
export const problemTypeCreateSchema = z.object({ ...catalogItem, categoryId: optionalRef });

export const statusUpdateSchema = statusCreateSchema.partial().extend({ id });
export const priorityUpdateSchema = z
  .object({ ...catalogItem, color, responseMinutes: minutes, resolutionMinutes: minutes, isDefault: z.boolean() })
  .partial()
  .extend({ id })
  .refine(
    (p) =>
      p.responseMinutes === undefined || p.resolutionMinutes === undefined || p.resolutionMinutes >= p.responseMinutes,
    {
      path: ["resolutionMinutes"],
      message: "Resolution cannot be due before the first response.",
    },
  );
export const criticalityUpdateSchema = criticalityCreateSchema.partial().extend({ id });
export const categoryUpdateSchema = categoryCreateSchema.partial().extend({ id });
export const problemTypeUpdateSchema = problemTypeCreateSchema.partial().extend({ id });

export const catalogSetActiveSchema = z.object({ id, active: z.boolean() });
/** Every item of the catalog, in the new order. */
export const catalogReorderSchema = z.object({ ids: z.array(id).min(1).max(200) });

// ───────────── tickets ─────────────


export const ticketTitleSchema = z
  .string()
  .trim()
  .min(3, "Use at least 3 characters.")
  .max(200, "At most 200 characters.");
export const ticketDescriptionSchema = z
  .string()
  .trim()
  .min(1, "Describe the problem.")
  .max(20_000, "At most 20 000 characters.");
const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40, "A tag has at most 40 characters.")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u, "Tags use letters, digits, spaces, dots, dashes and underscores.");
export const tagsSchema = z
  .array(tag)
  .max(10, "At most 10 tags.")
  .transform((tags) => [...new Set(tags)]);

export const ticketCreateSchema = z.object({
  title: ticketTitleSchema,
  description: ticketDescriptionSchema,
  categoryId: optionalRef,
  problemTypeId: optionalRef,
  priorityId: optionalRef,
  criticalityId: optionalRef,
  locationId: optionalRef,
  tags: tagsSchema.optional(),
  /** Staff only: open the ticket on behalf of this user. */
  requesterId: id.optional(),
});

export const ticketUpdateSchema = z.object({
  id,
  title: ticketTitleSchema.optional(),
  description: ticketDescriptionSchema.optional(),
  priorityId: id.optional(),
  criticalityId: optionalRef,
  categoryId: optionalRef,
  problemTypeId: optionalRef,
  locationId: optionalRef,
  tags: tagsSchema.optional(),
});

/**
 * A ticket by its id or by its number, one of the two. An object (not a union) for REST, where only
 * `GET /tickets/{id}` exists: `id` is lazy so the OpenAPI generator accepts it as a path parameter
 * (it refuses an optional one) while tRPC callers may still leave it out and give the number.
 */
export const ticketGetSchema = z
  .object({
    id: z.lazy(() => id.optional()).meta({ param: { required: true } }),
    number: z
      .number()
      .int()
      .min(1)
      .max(2_147_483_647)
      .optional()
      .meta({ description: "The ticket's number (#1042), instead of its id; for tRPC callers, REST uses the path." }),
  })
  .refine((key) => (key.id === undefined) !== (key.number === undefined), {
    message: "Give the ticket's id or its number, one of the two.",
    path: ["id"],
  });
export const ticketAssignSchema = z.object({ id, assigneeId: id.nullable() });
export const ticketSetStatusSchema = z.object({ id, statusId: id });
export const ticketBulkUpdateSchema = z
  .object({
    ids: z.array(id).min(1, "Select at least one ticket.").max(100, "At most 100 tickets at a time."),
    assigneeId: id.nullable().optional(),
    statusId: id.optional(),
    priorityId: id.optional(),
  })
  .refine((input) => input.assigneeId !== undefined || input.statusId || input.priorityId, {
    path: ["ids"],
    message: "Choose what to change.",
  });


const day = z.coerce.date();
const ids = z.array(id).max(50);

/** The filters of the ticket list (also what a saved view stores). */
export const ticketFiltersSchema = z.object({
  search: z.string().trim().max(200).optional(),
  statusIds: ids.optional(),
  statusCategories: z.array(z.enum(STATUS_CATEGORIES)).max(4).optional(),
  priorityIds: ids.optional(),
  criticalityIds: ids.optional(),
  categoryIds: ids.optional(),
  problemTypeIds: ids.optional(),
  assignee: z.union([z.literal("me"), z.literal("unassigned"), id]).optional(),
  requesterId: id.optional(),
  organizationId: id.optional(),
  locationId: id.optional(),
  tags: z.array(tag).max(10).optional(),
  createdFrom: day.optional(),
  createdTo: day.optional(),
  sla: z.enum(["due_soon", "breached"]).optional(),
  /** "relevance" orders by how well tickets match the search (newest first without one). */
  sort: z.enum(TICKET_ORDERS).default("createdAt"),
  direction: z.enum(["asc", "desc"]).default("desc"),
});

export const ticketListSchema = ticketFiltersSchema.extend({
  limit: z.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).nullish(),
});

export const ticketHistorySchema = z.object({
  id,
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(100).default(50),
});

// ───────────── comments ─────────────

export const commentBodySchema = z
  .string()
  .trim()
  .min(1, "Write something first.")
  .max(20_000, "At most 20 000 characters.");
export const commentListSchema = z.object({
  ticketId: id,
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(200).default(100),
});
export const commentCreateSchema = z.object({
  ticketId: id,
  body: commentBodySchema,
  internal: z.boolean().default(false),
});
export const commentUpdateSchema = z.object({ id, body: commentBodySchema });

// ───────────── audit ─────────────

export const auditListSchema = z.object({
  limit: z.number().int().min(1).max(100).default(50),
  cursor: z.string().max(500).nullish(),
  entityType: z.string().trim().max(40).optional(),
  entityId: z.string().trim().max(64).optional(),
  actorId: id.optional(),
  action: z.string().trim().max(60).optional(),
  from: day.optional(),
  to: day.optional(),
});

// ───────────── saved views ─────────────

/** How many saved views one user may keep. */
export const MAX_VIEWS_PER_USER = 50;

export const viewNameSchema = z.string().trim().min(1, "Enter a name.").max(60, "At most 60 characters.");

/** A view's filters; the description is for the REST reference. */
const viewFiltersSchema = ticketFiltersSchema.meta({
  description:
    "The filters and order of GET /tickets as one object, lists as arrays (no `limit` or `cursor`). Stored as " +
    "parsed: defaults filled in, unknown keys dropped.",
});

export const viewCreateSchema = z.object({
  name: viewNameSchema,
  filters: viewFiltersSchema,
  shared: z.boolean().default(false),
});

export const viewUpdateSchema = z.object({
  id,
  name: viewNameSchema.optional(),
  filters: viewFiltersSchema.optional(),
  shared: z.boolean().optional(),
});

// ───────────── dashboard ─────────────

/** The longest period `dashboard.stats` covers, in days (both ends included). */
export const DASHBOARD_MAX_DAYS = 366;
/** The period when none is given: the last 30 days, today included. */
export const DASHBOARD_DEFAULT_DAYS = 30;

const isoDay = z.iso.date("Use a date like 2026-12-04.");

/** UTC days, both included; `to` defaults to today, `from` to 29 days before `to`. */
export const dashboardStatsSchema = z
  .object({ from: isoDay.optional(), to: isoDay.optional() })
  .superRefine(({ from, to }, ctx) => {
    if (!from || !to) return;
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    if (days < 1) ctx.addIssue({ code: "custom", path: ["from"], message: "The start must be on or before the end." });
    else if (days > DASHBOARD_MAX_DAYS)
      ctx.addIssue({ code: "custom", path: ["to"], message: `At most ${DASHBOARD_MAX_DAYS} days at a time.` });
  });
