// Output schemas of the views router (routers/views.ts: viewSelect, toView).
import { z } from "zod";
import { STATUS_CATEGORIES, TICKET_ORDERS } from "../helpdesk";
import { dateTime, uuid } from "./common";

const ids = z.array(uuid);

/** A saved view's filters: GET /tickets's query without `limit` and `cursor`, as parsed (defaults filled in). */
export const ticketFiltersOutput = z
  .object({
    search: z.string().optional().meta({ example: "printer -toner" }),
    statusIds: ids.optional(),
    statusCategories: z.array(z.enum(STATUS_CATEGORIES)).optional(),
    priorityIds: ids.optional(),
    criticalityIds: ids.optional(),
    categoryIds: ids.optional(),
    problemTypeIds: ids.optional(),
    assignee: z
      .union([z.literal("me"), z.literal("unassigned"), uuid])
      .optional()
      .meta({ description: "`me` (whoever opens the view), `unassigned`, or a user id." }),
    requesterId: uuid.optional(),
    organizationId: uuid.optional(),
    locationId: uuid.optional(),
    tags: z.array(z.string()).optional().meta({ description: "All of them." }),
    createdFrom: dateTime.optional(),
    createdTo: dateTime.optional(),
    sla: z.enum(["due_soon", "breached"]).optional(),
    sort: z.enum(TICKET_ORDERS),
    direction: z.enum(["asc", "desc"]),
  })
  .meta({
    id: "TicketFilters",
    description:
      "The filters and order of GET /tickets (its query without `limit` and `cursor`), as the server parsed them: " +
      "defaults filled in, unknown keys dropped.",
  });

export const savedViewSchema = z
  .object({
    id: uuid,
    name: z.string().meta({ example: "My overdue tickets" }),
    filters: ticketFiltersOutput,
    shared: z.boolean().meta({ description: "Shown to all staff (sharing needs `views.share`)." }),
    createdAt: dateTime,
    updatedAt: dateTime,
    owner: z.object({ id: uuid, fullName: z.string().meta({ example: "Sofía Martínez" }) }),
    stale: z.boolean().meta({
      description: "The stored filters are no longer valid: `filters` holds the defaults instead. Save new ones.",
    }),
    mine: z.boolean().meta({ description: "The caller owns it (and only they may change it)." }),
  })
  .meta({ id: "SavedView" });

export const savedViewListSchema = z
  .object({ items: z.array(savedViewSchema) })
  .meta({ description: "The caller's own views by name, then the views other staff shared, by name." });

export const viewDeletedSchema = z.object({ id: uuid }).meta({ id: "DeletedView" });
