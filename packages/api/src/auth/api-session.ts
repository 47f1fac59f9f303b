import type { Db, Prisma } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import type { Context } from "../context";
import { unitOfWork } from "../lib/unit-of-work";
import { revokeSessions, sessionsEnded } from "../services/sessions";
import { idleLimit } from "./session-user";
import { hashRefreshToken, newRefreshToken, signAccessToken } from "./tokens";

export type TokenPair = { accessToken: string; refreshToken: string; accessTokenExpiresAt: Date };

/** A fresh refresh token in the session's family, and an access token for the session. */
export async function issueTokens(
  tx: Prisma.TransactionClient | Db,
  session: { id: string; userId: string },
): Promise<TokenPair> {
  const refresh = newRefreshToken();
  await tx.refreshToken.create({ data: { sessionId: session.id, tokenHash: refresh.hash } });
  const access = await signAccessToken({ userId: session.userId, sessionId: session.id });
  return { accessToken: access.token, refreshToken: refresh.token, accessTokenExpiresAt: access.expiresAt };
}

const REFUSED = "This session has ended. Sign in again.";

/**
 * Rotates a refresh token. The presented token is marked rotated by one conditional update, so of
 * concurrent refreshes exactly one wins. Presenting a token that was already rotated means it was
 * copied: the whole session (the token family) is revoked and the event audited.
 */
export async function refreshSession(ctx: Context, refreshToken: string): Promise<TokenPair> {
  const { db } = ctx;
  const now = new Date();
  const token = await db.refreshToken.findUnique({
    where: { tokenHash: hashRefreshToken(refreshToken) },
    select: {
      id: true,
      rotatedAt: true,
      session: {
        select: {
          id: true,
          userId: true,
          kind: true,
          revokedAt: true,
          expiresAt: true,
          lastUsedAt: true,
          user: { select: { active: true } },
        },
      },
    },
  });
  if (!token || token.session.kind !== "api") throw new TRPCError({ code: "UNAUTHORIZED", message: REFUSED });
  const { session } = token;

  if (token.rotatedAt) {
    await unitOfWork(ctx, async ({ tx, record }) => {
      const revoked = await revokeSessions(tx, { id: session.id }, "refresh token reused");
      // The presenter is unknown (the thief or the owner): the system ends the session.
      if (revoked.length) await record(sessionsEnded("session.refresh_token_reused", session.userId, revoked, null));
    });
    throw new TRPCError({ code: "UNAUTHORIZED", message: REFUSED });
  }

  if (
    session.revokedAt ||
    session.expiresAt <= now ||
    session.lastUsedAt <= idleLimit("api", now) ||
    !session.user.active
  ) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: REFUSED });
  }

  return unitOfWork(ctx, async ({ tx }) => {
    const { count } = await tx.refreshToken.updateMany({
      where: { id: token.id, rotatedAt: null },
      data: { rotatedAt: now },
    });
    if (count !== 1) throw new TRPCError({ code: "UNAUTHORIZED", message: REFUSED });
    await tx.session.update({ where: { id: session.id }, data: { lastUsedAt: now, ip: ctx.meta.ip || undefined } });
    return issueTokens(tx, session);
  });
}
