import type { Db, Prisma } from "@soporte/db";
import type { Context } from "../context";

type Tx = Prisma.TransactionClient | Db;

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  /** { field: { before, after } } for what changed; never secrets. */
  changes?: Record<string, { before: unknown; after: unknown }>;
  actorId?: string | null;
};

/** Writes one audit row; call it with the transaction client of the change it records. */
export async function audit(tx: Tx, ctx: Pick<Context, "auth" | "meta">, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId === undefined ? (ctx.auth?.user.id ?? null) : entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: (entry.changes ?? {}) as Prisma.InputJsonValue,
      ip: ctx.meta.ip,
      requestId: ctx.meta.requestId,
    },
  });
}

/** The before/after of the fields whose value differs. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value !== undefined && value !== before[key]) changes[key] = { before: before[key], after: value };
  }
  return changes;
}
