import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { decodeCursor, keysetAfter, pageOf } from "../lib/pagination";
import { idSchema } from "../schemas/auth";
import { notificationListSchema } from "../schemas/notifications";
import {
  notificationCountSchema,
  notificationPageSchema,
  notificationReadSchema,
  notificationsReadSchema,
} from "../schemas/outputs/notifications";
import { protectedProcedure } from "../trpc";

const notificationSelect = {
  id: true,
  kind: true,
  ticketId: true,
  conversationId: true,
  actorName: true,
  text: true,
  createdAt: true,
  readAt: true,
  ticket: { select: { number: true } },
} as const;

/** The bell: the caller's own notifications (lib/notifications.ts writes them). */
export const notificationsRouter = {
  /** Newest first; each with where it leads (a ticket's number, or a conversation). */
  list: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/notifications",
        tags: ["notifications"],
        summary: "My notifications",
        description:
          "Any signed-in user: their own notifications, newest first. Each says what happened (`kind`, `text`, who " +
          "did it) and where it leads: a ticket (`ticketId`, `ticketNumber`) or a conversation (`conversationId`); " +
          "`readAt` is null while unread. Paging: `limit` (1–50, default 20); pass the answer's `nextCursor` back as " +
          "`cursor` for the next page (null on the last).",
        protect: true,
      },
    })
    .input(notificationListSchema)
    .output(notificationPageSchema)
    .query(async ({ ctx, input }) => {
      const cursor = input.cursor ? decodeCursor(input.cursor, "date") : null;
      const rows = await ctx.db.notification.findMany({
        where: { userId: ctx.auth.user.id, ...(cursor ? keysetAfter("createdAt", "desc", cursor) : {}) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: input.limit + 1,
        select: notificationSelect,
      });
      const page = pageOf(rows, input.limit, (row) => row.createdAt);
      return {
        items: page.items.map(({ ticket, ...row }) => ({ ...row, ticketNumber: ticket?.number ?? null })),
        nextCursor: page.nextCursor,
      };
    }),

  unreadCount: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/notifications/unread",
        tags: ["notifications"],
        summary: "Unread notifications",
        description: "Any signed-in user: how many of their notifications are unread.",
        protect: true,
      },
    })
    .output(notificationCountSchema)
    .query(async ({ ctx }) => ({
      total: await ctx.db.notification.count({ where: { userId: ctx.auth.user.id, readAt: null } }),
    })),

  /** One of the caller's notifications, read (again: no change). */
  markRead: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/notifications/{id}/read",
        tags: ["notifications"],
        summary: "Mark a notification read",
        description:
          "Any signed-in user, for one of their own notifications (anyone else's is NOT_FOUND). No body. A " +
          "notification already read stays as it was. Returns its id.",
        protect: true,
      },
    })
    .input(idSchema)
    .output(notificationReadSchema)
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.notification.updateMany({
        where: { id: input.id, userId: ctx.auth.user.id, readAt: null },
        data: { readAt: new Date() },
      });
      if (count === 0) {
        const own = await ctx.db.notification.count({ where: { id: input.id, userId: ctx.auth.user.id } });
        if (!own) throw new TRPCError({ code: "NOT_FOUND", message: "No such notification." });
      }
      return { id: input.id };
    }),

  /** Every notification of the caller's, read. */
  markAllRead: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/notifications/read-all",
        tags: ["notifications"],
        summary: "Mark all notifications read",
        description: "Any signed-in user: every notification of theirs is read. No body. Returns how many were unread.",
        protect: true,
      },
    })
    .output(notificationsReadSchema)
    .mutation(async ({ ctx }) => {
      const { count } = await ctx.db.notification.updateMany({
        where: { userId: ctx.auth.user.id, readAt: null },
        data: { readAt: new Date() },
      });
      return { updated: count };
    }),
} satisfies TRPCRouterRecord;
