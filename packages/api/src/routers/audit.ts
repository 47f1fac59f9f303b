import type { TRPCRouterRecord } from "@trpc/server";
import { decodeSerialCursor, serialPageOf } from "../lib/pagination";
import { auditListSchema } from "../schemas/helpdesk";
import { auditPageSchema } from "../schemas/outputs/helpdesk";
import { readsInternalNotes } from "../services/helpdesk/ticket-scope";
import { permissionProcedure } from "../trpc";

export const auditRouter = {
  /**
   * The global audit log, newest first, filterable by entity, actor, action and time. Entries about
   * internal notes only for those who may read internal notes (as in a ticket's history).
   */
  list: permissionProcedure("audit.read")
    .meta({
      openapi: {
        method: "GET",
        path: "/audit",
        tags: ["audit"],
        summary: "The audit log",
        description:
          "Needs `audit.read`. Every recorded change, newest first; entries about internal notes only with " +
          "`tickets.internal`. Filters: `entityType` (ticket, comment, user…), `entityId`, `actorId`, `action` " +
          "(`ticket` finds every ticket.* action, `ticket.update` only that one), `from` / `to` (dates or " +
          "date-times, both included). Paging: `limit` (1–100, default 50); pass the answer's `nextCursor` back " +
          "as `cursor` for the next page (null on the last).",
        protect: true,
      },
    })
    .input(auditListSchema)
    .output(auditPageSchema)
    .query(async ({ ctx, input }) => {
      const cursor = input.cursor ? decodeSerialCursor(input.cursor) : null;
      const rows = await ctx.db.auditLog.findMany({
        where: {
          entityType: input.entityType,
          entityId: input.entityId,
          actorId: input.actorId,
          // "ticket" finds ticket.create, ticket.update …; "ticket.update" only that action.
          action: input.action
            ? input.action.includes(".")
              ? input.action
              : { startsWith: `${input.action}.` }
            : undefined,
          createdAt: input.from || input.to ? { gte: input.from, lte: input.to } : undefined,
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
          ticketId: true,
          internal: true,
          changes: true,
          ip: true,
          requestId: true,
          createdAt: true,
          actor: { select: { id: true, fullName: true, avatarColor: true } },
        },
      });
      const page = serialPageOf(rows, input.limit);
      return { items: page.items.map((row) => ({ ...row, id: row.id.toString() })), nextCursor: page.nextCursor };
    }),
} satisfies TRPCRouterRecord;
