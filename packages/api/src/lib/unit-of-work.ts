import { isDeepStrictEqual } from "node:util";
import type { Prisma } from "@soporte/db";
import type { Context } from "../context";
import { publish, type DomainEvent, type PublishedEvent } from "./events";
import { logger } from "./logger";

/**
 * A transaction client and nothing else: a `PrismaClient` (which has `$transaction`) does not fit,
 * so audit rows can only be written inside the transaction of the change they record.
 */
export type Tx = Prisma.TransactionClient & { $transaction?: never };

export type Changes = Record<string, { before: unknown; after: unknown }>;

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  /** { field: { before, after } } for what changed; never secrets. */
  changes?: Changes;
  /** Defaults to the signed-in user; `null` for the system. */
  actorId?: string | null;
  /** The ticket the entry belongs to (a ticket's own, or its comment's): its history shows it. */
  ticketId?: string;
  /** About an internal note: only those who may read internal notes see the entry or its event. */
  internal?: boolean;
  /** Extra data for the domain event (not stored in the audit row). */
  event?: Record<string, unknown>;
};

export type Work = {
  tx: Tx;
  /** Writes the audit row of a change in this transaction and announces it after commit. */
  record(entry: AuditEntry): Promise<void>;
  /** Announces an event after commit without an audit row. */
  emit(event: Omit<DomainEvent, "actorId"> & { actorId?: string | null }): void;
};

type WorkContext = Pick<Context, "db" | "auth" | "meta">;

async function writeAudit(tx: Tx, ctx: WorkContext, entry: AuditEntry, actorId: string | null): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: (entry.changes ?? {}) as Prisma.InputJsonValue,
      ip: ctx.meta.ip,
      requestId: ctx.meta.requestId,
      ticketId: entry.ticketId ?? null,
      internal: entry.internal ?? false,
    },
  });
}

/**
 * The one shape of a mutation: `work` makes its change and records it through `record`, all in one
 * transaction; after the commit the recorded changes are published as domain events. If anything
 * throws, nothing is written and nothing is published.
 */
export async function unitOfWork<T>(
  ctx: WorkContext,
  work: (w: Work) => Promise<T>,
  options?: { maxWait?: number; timeout?: number },
): Promise<T> {
  const defaultActor = ctx.auth?.user.id ?? null;
  const events: DomainEvent[] = [];
  const result = await ctx.db.$transaction(async (client) => {
    const tx = client as Tx;
    return work({
      tx,
      async record(entry) {
        const actorId = entry.actorId === undefined ? defaultActor : entry.actorId;
        await writeAudit(tx, ctx, entry, actorId);
        events.push({
          type: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId,
          actorId,
          fields: Object.keys(entry.changes ?? {}),
          ...(entry.ticketId ? { ticketId: entry.ticketId } : {}),
          ...(entry.internal ? { internal: true } : {}),
          ...(entry.event ? { data: entry.event } : {}),
        });
      },
      emit(event) {
        events.push({ ...event, actorId: event.actorId === undefined ? defaultActor : event.actorId });
      },
    });
  }, options);
  const at = new Date();
  const published: PublishedEvent[] = events.map((event) => ({ ...event, requestId: ctx.meta.requestId, at }));
  publish(published, (error) =>
    logger.error({ err: error, requestId: ctx.meta.requestId }, "domain event listener failed"),
  );
  return result;
}

/** The before/after of the fields whose value differs (dates, arrays and objects compared by value). */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): Changes {
  const changes: Changes = {};
  for (const [key, value] of Object.entries(after)) {
    if (value !== undefined && !isDeepStrictEqual(value, before[key]))
      changes[key] = { before: before[key], after: value };
  }
  return changes;
}
