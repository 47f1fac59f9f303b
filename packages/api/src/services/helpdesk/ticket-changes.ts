import type { Prisma } from "@soporte/db";
import type { Changes, Work } from "../../lib/unit-of-work";
import type { StatusCategory } from "../../schemas/helpdesk";
import { dueTimes } from "./sla";
import { nameOf, personOf, statusTimes, type ticketDetailSelect, type NamedRef } from "./tickets";

type Before = Prisma.TicketGetPayload<{ select: typeof ticketDetailSelect }>;

/** One part of a ticket change: the columns to write and the audit changes they make. */
export type Patch = { data: Prisma.TicketUncheckedUpdateInput; changes: Changes };

const same = (a: NamedRef, b: NamedRef) => (a?.id ?? null) === (b?.id ?? null);

export function assigneePatch(before: Before, assignee: { id: string; fullName: string } | null): Patch {
  const from = personOf(before.assignee);
  const to = personOf(assignee);
  return same(from, to)
    ? { data: {}, changes: {} }
    : { data: { assigneeId: to?.id ?? null }, changes: { assignee: { before: from, after: to } } };
}

export function statusPatch(
  before: Before,
  status: { id: string; name: string; category: StatusCategory },
  now: Date,
): Patch {
  if (before.status.id === status.id) return { data: {}, changes: {} };
  const times = statusTimes(before.status.category, status.category, before, now);
  const changes: Changes = { status: { before: nameOf(before.status), after: nameOf(status) } };
  if ((before.resolvedAt?.getTime() ?? null) !== (times.resolvedAt?.getTime() ?? null))
    changes.resolvedAt = { before: before.resolvedAt, after: times.resolvedAt };
  if ((before.closedAt?.getTime() ?? null) !== (times.closedAt?.getTime() ?? null))
    changes.closedAt = { before: before.closedAt, after: times.closedAt };
  return { data: { statusId: status.id, ...times }, changes };
}

/** A new priority moves the SLA due times: they count from the ticket's creation with the new targets. */
export function priorityPatch(
  before: Before,
  priority: { id: string; name: string; responseMinutes: number; resolutionMinutes: number },
): Patch {
  if (before.priority.id === priority.id) return { data: {}, changes: {} };
  const due = dueTimes(before.createdAt, priority);
  return {
    data: { priorityId: priority.id, ...due },
    changes: {
      priority: { before: nameOf(before.priority), after: nameOf(priority) },
      resolutionDueAt: { before: before.resolutionDueAt, after: due.resolutionDueAt },
    },
  };
}

/**
 * Writes the patches of one ticket and its audit row (nothing when nothing changed), in the unit of
 * work `w`. Returns whether anything changed.
 */
export async function applyPatches(w: Work, before: Before, patches: Patch[], action: string): Promise<boolean> {
  const data = Object.assign({}, ...patches.map((patch) => patch.data)) as Prisma.TicketUncheckedUpdateInput;
  const changes = Object.assign({}, ...patches.map((patch) => patch.changes)) as Changes;
  if (Object.keys(changes).length === 0) return false;
  await w.tx.ticket.update({ where: { id: before.id }, data });
  await w.record({
    action,
    entityType: "ticket",
    entityId: before.id,
    ticketId: before.id,
    changes,
    ticketAudience: {
      requesterId: before.requester.id,
      assigneeId: before.assignee?.id ?? null,
      organizationId: before.organization?.id ?? null,
    },
    event: { number: before.number },
  });
  return true;
}
