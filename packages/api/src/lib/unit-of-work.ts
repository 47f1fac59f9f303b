import { isDeepStrictEqual } from "node:util";
import type { Prisma } from "@soporte/db";
import type { Context } from "../context";
import type { DomainEvent, TicketAudience } from "./events";
import { writeNotifications } from "./notifications";

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
  /**
   * Who could see the ticket besides who can see it after the change (read from the ticket in the
   * same transaction): its audience before a change that moved it, or before it was deleted.
   */
  ticketAudience?: TicketAudience;
  /** Extra data for the domain event (not stored in the audit row). */
  event?: Record<string, unknown>;
};

export type Work = {
  tx: Tx;
  /** Writes the audit row of a change in this transaction, and its domain event. */
  record(entry: AuditEntry): Promise<void>;
  /** Writes a domain event without an audit row. */
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

/** Held from writing a transaction's events to its commit: event ids become visible in increasing order. */
const EVENTS_LOCK = 72707371;

/**
 * The one shape of a mutation: `work` makes its change and records it through `record`, all in one
 * transaction, which also writes the recorded changes as domain events (event-hub.ts delivers them
 * to every app instance once committed). If anything throws, nothing is written.
 */
export async function unitOfWork<T>(
  ctx: WorkContext,
  work: (w: Work) => Promise<T>,
  options?: { maxWait?: number; timeout?: number },
): Promise<T> {
  const defaultActor = ctx.auth?.user.id ?? null;
  return ctx.db.$transaction(async (client) => {
    const tx = client as Tx;
    const events: DomainEvent[] = [];
    const result = await work({
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
          ...(entry.ticketAudience ? { ticketAudience: [entry.ticketAudience] } : {}),
          ...(entry.internal ? { internal: true } : {}),
          ...(entry.event ? { data: entry.event } : {}),
        });
      },
      emit(event) {
        events.push({ ...event, actorId: event.actorId === undefined ? defaultActor : event.actorId });
      },
    });
    const actorName = ctx.auth?.user.fullName;
    const named = events.map((e) => (actorName && e.actorId === defaultActor ? { ...e, actorName } : e));
    await writeEvents(tx, named, ctx.meta.requestId);
    return result;
  }, options);
}

/**
 * The events of a transaction, at its end, each ticket event with who may see its ticket now, and the
 * notifications they make.
 */
async function writeEvents(tx: Tx, events: DomainEvent[], requestId: string): Promise<void> {
  if (events.length === 0) return;
  const ticketIds = [...new Set(events.flatMap((event) => event.ticketId ?? []))];
  const tickets = ticketIds.length
    ? await tx.ticket.findMany({
        where: { id: { in: ticketIds } },
        select: { id: true, number: true, title: true, requesterId: true, assigneeId: true, organizationId: true },
      })
    : [];
  await writeNotifications(tx, events, new Map(tickets.map((ticket) => [ticket.id, ticket])));
  const audienceOf = new Map(
    tickets.map(({ id, requesterId, assigneeId, organizationId }) => [id, { requesterId, assigneeId, organizationId }]),
  );
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${EVENTS_LOCK})`;
  await tx.domainEvent.createMany({
    data: events.map((event) => {
      const now = event.ticketId ? audienceOf.get(event.ticketId) : undefined;
      const ticketAudience = [...(now ? [now] : []), ...(event.ticketAudience ?? [])];
      const payload = { ...event, ...(ticketAudience.length ? { ticketAudience } : {}), requestId };
      return { payload: payload as Prisma.InputJsonValue };
    }),
  });
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
