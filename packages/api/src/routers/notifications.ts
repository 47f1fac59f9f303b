import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { decodeCursor, keysetAfter, pageOf } from "../lib/pagination";
import { idSchema } from "../schemas/auth";
import { notificationListSchema } from "../schemas/notifications";
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
  list: protectedProcedure.input(notificationListSchema).query(async ({ ctx, input }) => {
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

  unreadCount: protectedProcedure.query(async ({ ctx }) => ({
    total: await ctx.db.notification.count({ where: { userId: ctx.auth.user.id, readAt: null } }),
  })),

  /** One of the caller's notifications, read (again: no change). */
  markRead: protectedProcedure.input(idSchema).mutation(async ({ ctx, input }) => {
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
  markAllRead: protectedProcedure.mutation(async ({ ctx }) => {
    const { count } = await ctx.db.notification.updateMany({
      where: { userId: ctx.auth.user.id, readAt: null },
      data: { readAt: new Date() },
    });
    return { updated: count };
  }),
} satisfies TRPCRouterRecord;
