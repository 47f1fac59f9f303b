import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { hasPermission, liveSessionWhere, type SessionUser } from "../auth/session-user";
import { unitOfWork } from "../lib/unit-of-work";
import { idSchema } from "../schemas/auth";
import { revokedOutput, sessionListOutput } from "../schemas/outputs/accounts";
import { revokeSessions, sessionsEnded } from "../services/sessions";
import { protectedProcedure } from "../trpc";

const NO_SUCH_SESSION = "No such session.";

/**
 * Whether `actor` may end a session of `owner`: their own always; another user's with
 * `users.manage`, and a superuser's only as a superuser (a manager must not lock out someone who
 * outranks them).
 */
function mayEnd(actor: SessionUser, owner: { id: string; isSuperuser: boolean }): boolean {
  if (actor.id === owner.id) return true;
  return hasPermission(actor, "users.manage") && (!owner.isSuperuser || actor.isSuperuser);
}

export const sessionsRouter = {
  /** The caller's live sessions, most recently used first. */
  list: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/sessions",
        tags: ["sessions"],
        summary: "The caller's live sessions",
        description:
          "Any signed-in user, for their own sessions (browser sign-ins and token pairs), most recently used first; " +
          "`current` marks the one making the request. At most 100; `nextCursor` is always null.",
        protect: true,
      },
    })
    .output(sessionListOutput)
    .query(async ({ ctx }) => {
      const sessions = await ctx.db.session.findMany({
        where: { userId: ctx.auth.user.id, ...liveSessionWhere() },
        orderBy: [{ lastUsedAt: "desc" }, { id: "desc" }],
        take: 100,
        select: {
          id: true,
          kind: true,
          device: true,
          userAgent: true,
          ip: true,
          createdAt: true,
          lastUsedAt: true,
          expiresAt: true,
        },
      });
      return { items: sessions.map((s) => ({ ...s, current: s.id === ctx.auth.sessionId })), nextCursor: null };
    }),

  /**
   * Ends one session: one of the caller's own, or, for a holder of `users.manage`, any user's (a
   * superuser's only when the caller is one). A session the caller may not end is NOT_FOUND.
   */
  revoke: protectedProcedure
    .meta({
      openapi: {
        method: "DELETE",
        path: "/sessions/{id}",
        tags: ["sessions"],
        summary: "End a session",
        description:
          "Any signed-in user may end one of their own sessions; a holder of users.manage may end any user's " +
          "(a superuser's only when the caller is a superuser too). A session the caller may not end, or that is " +
          "already over, is a 404.",
        protect: true,
      },
    })
    .input(idSchema)
    .output(revokedOutput)
    .mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async ({ tx, record }) => {
        const session = await tx.session.findFirst({
          where: { id: input.id, ...liveSessionWhere() },
          select: { user: { select: { id: true, isSuperuser: true } } },
        });
        if (!session || !mayEnd(ctx.auth.user, session.user))
          throw new TRPCError({ code: "NOT_FOUND", message: NO_SUCH_SESSION });
        const own = session.user.id === ctx.auth.user.id;
        const ended = await revokeSessions(
          tx,
          { id: input.id },
          own ? "revoked by user" : "revoked by an administrator",
        );
        // Ended by a concurrent request since it was read.
        if (!ended.length) throw new TRPCError({ code: "NOT_FOUND", message: NO_SUCH_SESSION });
        await record(sessionsEnded("session.revoke", session.user.id, ended));
        return { revoked: ended.length };
      });
    }),

  /** Ends every session of the caller except the one making the request. */
  revokeOthers: protectedProcedure.mutation(async ({ ctx }) => {
    return unitOfWork(ctx, async ({ tx, record }) => {
      const ended = await revokeSessions(
        tx,
        { userId: ctx.auth.user.id, id: { not: ctx.auth.sessionId } },
        "signed out from another session",
      );
      if (ended.length) await record(sessionsEnded("session.revoke_others", ctx.auth.user.id, ended));
      return { revoked: ended.length };
    });
  }),
} satisfies TRPCRouterRecord;
