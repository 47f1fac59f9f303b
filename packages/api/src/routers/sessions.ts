import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { revokeSessions } from "../auth/api-session";
import { idSchema } from "../schemas/auth";
import { protectedProcedure } from "../trpc";

export const sessionsRouter = {
  /** The caller's live sessions, most recently used first. */
  list: protectedProcedure.query(async ({ ctx }) => {
    const sessions = await ctx.db.session.findMany({
      where: { userId: ctx.auth.user.id, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: [{ lastUsedAt: "desc" }, { id: "desc" }],
      take: 100,
      select: { id: true, kind: true, device: true, userAgent: true, ip: true, createdAt: true, lastUsedAt: true, expiresAt: true },
    });
    return { items: sessions.map((s) => ({ ...s, current: s.id === ctx.auth.sessionId })), nextCursor: null };
  }),

  /** Ends one of the caller's own sessions; another user's session id is NOT_FOUND. */
  revoke: protectedProcedure.input(idSchema).mutation(async ({ ctx, input }) => {
    const revoked = await revokeSessions(ctx.db, { id: input.id, userId: ctx.auth.user.id }, "revoked by user");
    if (!revoked) throw new TRPCError({ code: "NOT_FOUND", message: "No such session." });
    return { revoked };
  }),
} satisfies TRPCRouterRecord;
