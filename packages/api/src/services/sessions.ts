import type { Db, Prisma } from "@soporte/db";
import type { Context } from "../context";
import { unitOfWork, type AuditEntry } from "../lib/unit-of-work";

/**
 * Revokes the matching live sessions and returns their ids. One `UPDATE … RETURNING`, so of two
 * concurrent revocations of a session only one reports it (and audits it).
 */
export async function revokeSessions(
  db: Prisma.TransactionClient | Db,
  where: Prisma.SessionWhereInput,
  reason: string,
): Promise<string[]> {
  const rows = await db.session.updateManyAndReturn({
    where: { ...where, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/**
 * The audit entry for ending sessions of one user. It is about the owner (so it shows in their
 * activity), the actor is whoever ended them, and it lists the session ids.
 */
export function sessionsEnded(
  action: string,
  ownerId: string,
  sessionIds: string[],
  actorId?: string | null,
): AuditEntry {
  return {
    action,
    entityType: "user",
    entityId: ownerId,
    changes: { revokedSessions: { before: null, after: sessionIds } },
    ...(actorId === undefined ? {} : { actorId }),
  };
}

/**
 * Signs one session out (`auth.logout`, and next-auth's sign-out in the web app) and audits it as
 * `session.sign_out` by its owner. A session that is already over is left alone: returns 0.
 */
export async function endSession(ctx: Pick<Context, "db" | "auth" | "meta">, sessionId: string): Promise<number> {
  return unitOfWork(ctx, async ({ tx, record }) => {
    const session = await tx.session.findUnique({ where: { id: sessionId }, select: { userId: true } });
    if (!session) return 0;
    const ended = await revokeSessions(tx, { id: sessionId }, "signed out");
    if (ended.length) await record(sessionsEnded("session.sign_out", session.userId, ended, session.userId));
    return ended.length;
  });
}
