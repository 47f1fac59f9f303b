import type { Prisma } from "@soporte/db";
import type { StatusCategory } from "../../schemas/helpdesk";

export type SlaState = "ok" | "due_soon" | "breached" | "met";

/** "Due soon" is the last fifth of the time a target allows. */
export const DUE_SOON_SHARE = 0.2;

type SlaInput = {
  createdAt: Date;
  responseDueAt: Date;
  resolutionDueAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  statusCategory: StatusCategory;
};

/** When a target that started at `createdAt` and is due at `dueAt` becomes "due soon". */
export function soonAt(createdAt: Date, dueAt: Date): Date {
  return new Date(dueAt.getTime() - DUE_SOON_SHARE * (dueAt.getTime() - createdAt.getTime()));
}

/**
 * The due times of a ticket created at `createdAt` with this priority, and when each becomes due
 * soon (stored beside them, so lists filter by SLA state with an index).
 */
export function dueTimes(createdAt: Date, priority: { responseMinutes: number; resolutionMinutes: number }) {
  const responseDueAt = new Date(createdAt.getTime() + priority.responseMinutes * 60_000);
  const resolutionDueAt = new Date(createdAt.getTime() + priority.resolutionMinutes * 60_000);
  return {
    responseDueAt,
    resolutionDueAt,
    responseSoonAt: soonAt(createdAt, responseDueAt),
    resolutionSoonAt: soonAt(createdAt, resolutionDueAt),
  };
}

function targetState(createdAt: Date, dueAt: Date, doneAt: Date | null, now: Date): SlaState {
  if (doneAt) return doneAt <= dueAt ? "met" : "breached";
  if (now > dueAt) return "breached";
  return now >= soonAt(createdAt, dueAt) ? "due_soon" : "ok";
}

/**
 * The SLA of a ticket at `now`: each target (first response, resolution) is met, breached, due soon
 * or ok; the ticket's state is the worst of them — "met" only when both were met. The clock does
 * not stop while a ticket is pending.
 */
export function slaOf(ticket: SlaInput, now = new Date()) {
  const finished = ticket.statusCategory === "resolved" || ticket.statusCategory === "closed";
  const resolvedAt = finished ? (ticket.resolvedAt ?? ticket.closedAt ?? now) : null;
  // A ticket resolved without a public reply was answered by its resolution.
  const respondedAt = ticket.firstResponseAt ?? resolvedAt;
  const response = targetState(ticket.createdAt, ticket.responseDueAt, respondedAt, now);
  const resolution = targetState(ticket.createdAt, ticket.resolutionDueAt, resolvedAt, now);
  const states = [response, resolution];
  const state: SlaState = states.includes("breached")
    ? "breached"
    : states.includes("due_soon")
      ? "due_soon"
      : states.every((s) => s === "met")
        ? "met"
        : "ok";
  return { responseDueAt: ticket.responseDueAt, resolutionDueAt: ticket.resolutionDueAt, state, response, resolution };
}

type DueFields = Pick<Prisma.TicketFieldRefs, "responseDueAt" | "resolutionDueAt">;

/**
 * The tickets whose `slaOf(…).state` is `state` at `now`, as a `where` (a ticket is unfinished while
 * `resolvedAt` is empty: status changes keep the two together). `fields`: `db.ticket.fields`, for
 * the comparisons between two columns.
 */
export function slaWhere(state: "due_soon" | "breached", now: Date, fields: DueFields): Prisma.TicketWhereInput {
  const unanswered = { firstResponseAt: null, resolvedAt: null };
  // Each condition is true or false, never NULL (a NOT of NULL would drop the row).
  const breached: Prisma.TicketWhereInput[] = [
    { resolvedAt: null, resolutionDueAt: { lt: now } },
    { ...unanswered, responseDueAt: { lt: now } },
    { firstResponseAt: { not: null, gt: fields.responseDueAt } },
    { resolvedAt: { not: null, gt: fields.resolutionDueAt } },
    { firstResponseAt: null, resolvedAt: { not: null, gt: fields.responseDueAt } },
  ];
  if (state === "breached") return { OR: breached };
  return {
    // Not breached: the bound on resolutionDueAt also lets the index find the few candidates.
    resolvedAt: null,
    resolutionDueAt: { gte: now },
    AND: [
      // The response target is not breached, said without NOT: in SQL, NOT (firstResponseAt > …) is
      // NULL, not true, for a ticket nobody has answered yet, and would drop it.
      {
        OR: [
          { firstResponseAt: null, responseDueAt: { gte: now } },
          { firstResponseAt: { lte: fields.responseDueAt } },
        ],
      },
      { OR: [{ resolutionSoonAt: { lte: now } }, { firstResponseAt: null, responseSoonAt: { lte: now } }] },
    ],
  };
}
