import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError, tracked } from "@trpc/server";
import { hasPermission } from "../auth/session-user";
import { fieldError } from "../lib/errors";
import { decodeSerialCursor, serialPageOf } from "../lib/pagination";
import { liveEvents } from "../lib/live-events";
import { diff, unitOfWork } from "../lib/unit-of-work";
import { idSchema } from "../schemas/auth";
import {
  ticketAssignSchema,
  ticketBulkUpdateSchema,
  ticketCreateSchema,
  ticketGetSchema,
  ticketHistorySchema,
  ticketListSchema,
  ticketSetStatusSchema,
  ticketUpdateSchema,
} from "../schemas/helpdesk";
import { subscriptionSchema } from "../schemas/live";
import {
  ticketBulkResultSchema,
  ticketDeletedSchema,
  ticketDetailSchema,
  ticketHistoryPageSchema,
  ticketPageSchema,
  ticketSchema,
} from "../schemas/outputs/helpdesk";
import { findAssignee } from "../services/helpdesk/assignees";
import { dueTimes } from "../services/helpdesk/sla";
import {
  applyPatches,
  assigneePatch,
  priorityPatch,
  statusPatch,
  type Patch,
} from "../services/helpdesk/ticket-changes";
import { ticketChangeFor } from "../services/helpdesk/ticket-events";
import { listTickets } from "../services/helpdesk/ticket-list";
import { isStaff, readsInternalNotes } from "../services/helpdesk/ticket-scope";
import {
  checkRefs,
  findVisibleTicket,
  findVisibleTickets,
  nameOf,
  personOf,
  personSelect,
  refChanges,
  ticketDetailSelect,
  toTicket,
} from "../services/helpdesk/tickets";
import { permissionProcedure, protectedProcedure } from "../trpc";

/** Who sees which tickets, for the REST descriptions. */
const SCOPE =
  "Callers see every ticket with `tickets.read.all`; anyone else only the tickets they requested or are assigned " +
  "(and, with `tickets.read.organization`, those of their organization). A ticket they may not see answers " +
  "NOT_FOUND (404), exactly like one that does not exist.";

/** What the caller may do with a ticket they can see, so the page offers only that. */
function abilities(auth: Parameters<typeof isStaff>[0]) {
  return {
    update: hasPermission(auth.user, "tickets.update"),
    assign: hasPermission(auth.user, "tickets.assign"),
    setStatus: hasPermission(auth.user, "tickets.status"),
    delete: hasPermission(auth.user, "tickets.delete"),
    internalNotes: readsInternalNotes(auth),
    moderateComments: hasPermission(auth.user, "comments.moderate"),
  };
}

export const ticketsRouter = {
  list: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/tickets",
        tags: ["tickets"],
        summary: "List tickets",
        description:
          `Any signed-in user. One page of the tickets the caller may see that match every filter given. ${SCOPE} ` +
          'Filters: `search` (full text over titles, descriptions and readable comments: words, "quoted phrases", ' +
          "-excluded; `#1042` finds that ticket first); `statusIds`, `statusCategories` (open, pending, resolved, " +
          "closed), `priorityIds`, `criticalityIds`, `categoryIds`, `problemTypeIds` (any of them) and `tags` (all " +
          "of them) are lists: repeat the key, `?statusIds=a&statusIds=b`; `assignee` is `me`, `unassigned` or a " +
          "user id; `requesterId`, `organizationId`, `locationId`; `createdFrom` / `createdTo` (dates or date-times, " +
          "both included); `sla` (`due_soon` or `breached`). Order: `sort` (createdAt, updatedAt, number, priority, " +
          "dueAt; `relevance`, best matches first, with a search) and `direction` (asc, desc; default createdAt " +
          "desc). Paging: `limit` (1–100, default 25); pass the answer's `nextCursor` back as `cursor` for the next " +
          "page, with the same filters; it is null on the last page.",
        protect: true,
      },
    })
    .input(ticketListSchema)
    .output(ticketPageSchema)
    .query(({ ctx, input }) => listTickets(ctx.db, ctx.auth, input)),

  get: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/tickets/{id}",
        tags: ["tickets"],
        summary: "One ticket",
        description:
          `Any signed-in user, for a ticket they may see. ${SCOPE} Returns the whole ticket with its SLA and, in ` +
          "`can`, what the caller may do with it (update, assign, set the status, delete, internal notes, " +
          "moderate comments), so a client offers only that; the API checks again on every change.",
        protect: true,
      },
    })
    .input(ticketGetSchema)
    .output(ticketDetailSchema)
    .query(async ({ ctx, input }) => {
      const key = input.id !== undefined ? { id: input.id } : { number: input.number! };
      const ticket = await findVisibleTicket(ctx.db, ctx.auth, key, ticketDetailSelect);
      return { ...toTicket(ticket), can: abilities(ctx.auth) };
    }),

  /**
   * Opens a ticket: the default status and priority unless chosen, the requester's organization and
   * location. Only staff may open one for someone else; anyone else's ticket is their own.
   */
  create: permissionProcedure("tickets.create")
    .meta({
      openapi: {
        method: "POST",
        path: "/tickets",
        tags: ["tickets"],
        summary: "Open a ticket",
        description:
          "Needs `tickets.create`. Opens a ticket with the default status, and the default priority unless " +
          "`priorityId` is given; the requester's organization, and their location unless `locationId` is given. " +
          "Catalog items must be active, a problem type must belong to the category. Only staff " +
          "(`tickets.read.all`) may open one for someone else with `requesterId`; anyone else's ticket is their own. " +
          "Returns the new ticket.",
        protect: true,
      },
    })
    .input(ticketCreateSchema)
    .output(ticketSchema)
    .mutation(async ({ ctx, input }) => {
      const requesterId = isStaff(ctx.auth) && input.requesterId ? input.requesterId : ctx.auth.user.id;
      return unitOfWork(ctx, async ({ tx, record }) => {
        const requester = await tx.user.findFirst({
          where: { id: requesterId, active: true, anonymizedAt: null },
          select: { id: true, fullName: true, organizationId: true, locationId: true },
        });
        if (!requester) throw fieldError("requesterId", "requesterInactive", "The requester must be an active user.");
        const [defaultStatus, defaultPriority] = await Promise.all([
          tx.ticketStatus.findFirst({
            where: { active: true },
            orderBy: [{ isDefault: "desc" }, { position: "asc" }],
            select: { id: true },
          }),
          tx.priority.findFirst({
            where: { active: true },
            orderBy: [{ isDefault: "desc" }, { position: "asc" }],
            select: { id: true },
          }),
        ]);
        if (!defaultStatus || !defaultPriority) {
          throw new TRPCError({
            code: "PRECONDITION_FAILED",
            message: "Tickets cannot be opened until an administrator sets up statuses and priorities.",
          });
        }
        const locationId = input.locationId === undefined ? requester.locationId : input.locationId;
        const refs = await checkRefs(
          tx,
          {
            statusId: defaultStatus.id,
            priorityId: input.priorityId ?? defaultPriority.id,
            criticalityId: input.criticalityId,
            categoryId: input.categoryId,
            problemTypeId: input.problemTypeId,
            locationId,
          },
          // The requester's own location may be used even after it was deactivated.
          { locationId: requester.locationId },
        );
        const createdAt = new Date();
        const ticket = await tx.ticket.create({
          data: {
            title: input.title,
            description: input.description,
            statusId: defaultStatus.id,
            priorityId: refs.priority!.id,
            criticalityId: refs.criticality?.id ?? null,
            categoryId: refs.category?.id ?? null,
            problemTypeId: refs.problemType?.id ?? null,
            locationId: refs.location?.id ?? null,
            requesterId: requester.id,
            organizationId: requester.organizationId,
            tags: input.tags ?? [],
            createdAt,
            ...dueTimes(createdAt, refs.priority!),
          },
          select: ticketDetailSelect,
        });
        await record({
          action: "ticket.create",
          entityType: "ticket",
          entityId: ticket.id,
          ticketId: ticket.id,
          changes: {
            title: { before: null, after: ticket.title },
            status: { before: null, after: nameOf(refs.status) },
            priority: { before: null, after: nameOf(refs.priority) },
            requester: { before: null, after: personOf(requester) },
          },
          event: { number: ticket.number },
        });
        return toTicket(ticket);
      });
    }),

  update: permissionProcedure("tickets.update")
    .meta({
      openapi: {
        method: "PATCH",
        path: "/tickets/{id}",
        tags: ["tickets"],
        summary: "Change a ticket",
        description:
          `Needs \`tickets.update\`, on a ticket the caller may see. ${SCOPE} The body carries only the fields to ` +
          "change: title, description, tags (the whole new list), priorityId (which moves the SLA due times), and " +
          "criticalityId, categoryId, problemTypeId, locationId (null clears them). A new category drops a problem " +
          "type of another category unless one is given too. Returns the changed ticket.",
        protect: true,
      },
    })
    .input(ticketUpdateSchema)
    .output(ticketSchema)
    .mutation(async ({ ctx, input }) => {
      const { id, title, description, tags, ...refInput } = input;
      return unitOfWork(ctx, async (work) => {
        const before = await findVisibleTicket(work.tx, ctx.auth, { id }, ticketDetailSelect);
        const current = {
          priorityId: before.priority.id,
          criticalityId: before.criticality?.id ?? null,
          categoryId: before.category?.id ?? null,
          problemTypeId: before.problemType?.id ?? null,
          locationId: before.location?.id ?? null,
        };
        // A new category drops a problem type of another category, unless one is chosen too.
        if (
          refInput.categoryId !== undefined &&
          refInput.problemTypeId === undefined &&
          before.problemType?.categoryId &&
          before.problemType.categoryId !== refInput.categoryId
        ) {
          refInput.problemTypeId = null;
        }
        const refs = await checkRefs(work.tx, refInput, current);
        const fields = diff(
          { title: before.title, description: before.description, tags: before.tags },
          { title, description, tags },
        );
        const references = refChanges(
          {
            criticality: nameOf(before.criticality),
            category: nameOf(before.category),
            problemType: nameOf(before.problemType),
            location: nameOf(before.location),
          },
          {
            criticality: refInput.criticalityId === undefined ? undefined : nameOf(refs.criticality),
            category: refInput.categoryId === undefined ? undefined : nameOf(refs.category),
            problemType: refInput.problemTypeId === undefined ? undefined : nameOf(refs.problemType),
            location: refInput.locationId === undefined ? undefined : nameOf(refs.location),
          },
        );
        const patches: Patch[] = [
          { data: { title, description, tags }, changes: fields },
          {
            data: {
              criticalityId: refInput.criticalityId,
              categoryId: refInput.categoryId,
              problemTypeId: refInput.problemTypeId,
              locationId: refInput.locationId,
            },
            changes: references,
          },
        ];
        if (refs.priority) patches.push(priorityPatch(before, refs.priority));
        await applyPatches(work, before, patches, "ticket.update");
        return toTicket(await work.tx.ticket.findUniqueOrThrow({ where: { id }, select: ticketDetailSelect }));
      });
    }),

  assign: permissionProcedure("tickets.assign")
    .meta({
      openapi: {
        method: "POST",
        path: "/tickets/{id}/assign",
        tags: ["tickets"],
        summary: "Assign a ticket",
        description:
          `Needs \`tickets.assign\`, on a ticket the caller may see. ${SCOPE} Body: \`assigneeId\`, an active ` +
          "staff user, or null to unassign. Returns the changed ticket.",
        protect: true,
      },
    })
    .input(ticketAssignSchema)
    .output(ticketSchema)
    .mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async (work) => {
        const before = await findVisibleTicket(work.tx, ctx.auth, { id: input.id }, ticketDetailSelect);
        const assignee = input.assigneeId ? await findAssignee(work.tx, input.assigneeId) : null;
        await applyPatches(work, before, [assigneePatch(before, assignee)], "ticket.assign");
        return toTicket(
          await work.tx.ticket.findUniqueOrThrow({ where: { id: input.id }, select: ticketDetailSelect }),
        );
      });
    }),

  /** Resolving sets the resolved time, closing the closed time; reopening clears both. */
  setStatus: permissionProcedure("tickets.status")
    .meta({
      openapi: {
        method: "POST",
        path: "/tickets/{id}/status",
        tags: ["tickets"],
        summary: "Set a ticket's status",
        description:
          `Needs \`tickets.status\`, on a ticket the caller may see. ${SCOPE} Body: \`statusId\`, an active ` +
          "status. A resolved status sets the resolution time, a closed one the closing time; reopening clears " +
          "both. Returns the changed ticket.",
        protect: true,
      },
    })
    .input(ticketSetStatusSchema)
    .output(ticketSchema)
    .mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async (work) => {
        const before = await findVisibleTicket(work.tx, ctx.auth, { id: input.id }, ticketDetailSelect);
        const { status } = await checkRefs(work.tx, { statusId: input.statusId }, { statusId: before.status.id });
        await applyPatches(work, before, [statusPatch(before, status!, new Date())], "ticket.status");
        return toTicket(
          await work.tx.ticket.findUniqueOrThrow({ where: { id: input.id }, select: ticketDetailSelect }),
        );
      });
    }),

  /** Up to 100 tickets in one transaction, one audit row each: all of them change, or none. */
  bulkUpdate: permissionProcedure("tickets.assign", "tickets.status", "tickets.update")
    .meta({
      openapi: {
        method: "POST",
        path: "/tickets/bulk",
        tags: ["tickets"],
        summary: "Change many tickets at once",
        description:
          "Needs the permission of each field it changes (FORBIDDEN names the missing ones): `assigneeId` (an " +
          "active staff user, or null to unassign) needs `tickets.assign`, `statusId` `tickets.status`, `priorityId` " +
          "`tickets.update`; give at least one of the three. `ids`: 1–100 tickets, each one the caller may see " +
          "(NOT_FOUND otherwise, and nothing changes). One transaction: all of them change, or none; one audit " +
          "entry per ticket that changed. Returns how many changed.",
        protect: true,
      },
    })
    .input(ticketBulkUpdateSchema)
    .output(ticketBulkResultSchema)
    .mutation(async ({ ctx, input }) => {
      const needs = [
        input.assigneeId !== undefined && ("tickets.assign" as const),
        input.statusId !== undefined && ("tickets.status" as const),
        input.priorityId !== undefined && ("tickets.update" as const),
      ].filter((p) => p !== false);
      const missing = needs.filter((permission) => !hasPermission(ctx.auth.user, permission));
      if (missing.length)
        throw new TRPCError({
          code: "FORBIDDEN",
          message: `You need the ${missing.map((p) => `"${p}"`).join(" and ")} permission to do this.`,
        });
      return unitOfWork(
        ctx,
        async (work) => {
          const tickets = await findVisibleTickets(work.tx, ctx.auth, input.ids, ticketDetailSelect);
          const assignee =
            typeof input.assigneeId === "string" ? await findAssignee(work.tx, input.assigneeId) : input.assigneeId;
          const refs = await checkRefs(work.tx, { statusId: input.statusId, priorityId: input.priorityId });
          const now = new Date();
          let updated = 0;
          for (const before of tickets) {
            const patches: Patch[] = [];
            if (assignee !== undefined) patches.push(assigneePatch(before, assignee));
            if (refs.status) patches.push(statusPatch(before, refs.status, now));
            if (refs.priority) patches.push(priorityPatch(before, refs.priority));
            if (await applyPatches(work, before, patches, "ticket.bulk_update")) updated++;
          }
          return { updated };
        },
        { timeout: 30_000 },
      );
    }),

  delete: permissionProcedure("tickets.delete")
    .meta({
      openapi: {
        method: "DELETE",
        path: "/tickets/{id}",
        tags: ["tickets"],
        summary: "Delete a ticket",
        description:
          `Needs \`tickets.delete\`, on a ticket the caller may see. ${SCOPE} Deletes the ticket and its ` +
          "comments for good (its audit entries stay). Returns its id and number.",
        protect: true,
      },
    })
    .input(idSchema)
    .output(ticketDeletedSchema)
    .mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async ({ tx, record }) => {
        const ticket = await findVisibleTicket(
          tx,
          ctx.auth,
          { id: input.id },
          {
            id: true,
            number: true,
            title: true,
            requesterId: true,
            assigneeId: true,
            organizationId: true,
            requester: { select: personSelect },
          },
        );
        await tx.ticket.delete({ where: { id: input.id } });
        await record({
          action: "ticket.delete",
          entityType: "ticket",
          entityId: ticket.id,
          ticketId: ticket.id,
          changes: {
            number: { before: ticket.number, after: null },
            title: { before: ticket.title, after: null },
            requester: { before: personOf(ticket.requester), after: null },
          },
          ticketAudience: {
            requesterId: ticket.requesterId,
            assigneeId: ticket.assigneeId,
            organizationId: ticket.organizationId,
          },
          event: { number: ticket.number },
        });
        return { id: ticket.id, number: ticket.number };
      });
    }),

  /**
   * Live changes of the tickets the caller may see (SSE): created, updated, deleted, commented. Each
   * carries its event id; a client that reconnects with it gets what it missed, nothing twice.
   */
  onChange: protectedProcedure.input(subscriptionSchema).subscription(async function* ({ ctx, input, signal }) {
    for await (const { event, auth } of liveEvents(ctx, signal!, input?.lastEventId)) {
      const change = ticketChangeFor(auth, event);
      if (change) yield tracked(String(event.id), change);
    }
  }),

  /** The audit entries of the ticket and its comments, newest first; internal-note entries only for those who read notes. */
  history: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/tickets/{id}/history",
        tags: ["tickets"],
        summary: "A ticket's history",
        description:
          `Any signed-in user, for a ticket they may see. ${SCOPE} The audit entries of the ticket and its ` +
          "comments, newest first; entries about internal notes only with `tickets.internal`. Paging: `limit` " +
          "(1–100, default 50); pass the answer's `nextCursor` back as `cursor` for the next page (null on the last).",
        protect: true,
      },
    })
    .input(ticketHistorySchema)
    .output(ticketHistoryPageSchema)
    .query(async ({ ctx, input }) => {
      await findVisibleTicket(ctx.db, ctx.auth, { id: input.id }, { id: true });
      const cursor = input.cursor ? decodeSerialCursor(input.cursor) : null;
      const rows = await ctx.db.auditLog.findMany({
        where: {
          ticketId: input.id,
          ...(readsInternalNotes(ctx.auth) ? {} : { internal: false }),
          ...(cursor ? { id: { lt: cursor } } : {}),
        },
        orderBy: { id: "desc" },
        take: input.limit + 1,
        select: {
          id: true,
          action: true,
          entityType: true,
          entityId: true,
          changes: true,
          internal: true,
          createdAt: true,
          actor: { select: personSelect },
        },
      });
      const page = serialPageOf(rows, input.limit);
      return { items: page.items.map((row) => ({ ...row, id: row.id.toString() })), nextCursor: page.nextCursor };
    }),
} satisfies TRPCRouterRecord;
