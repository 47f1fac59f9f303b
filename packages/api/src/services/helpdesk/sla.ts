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

/** The due times of a ticket created at `createdAt` with this priority. */
export function dueTimes(createdAt: Date, priority: { responseMinutes: number; resolutionMinutes: number }) {
  return {
    responseDueAt: new Date(createdAt.getTime() + priority.responseMinutes * 60_000),
    resolutionDueAt: new Date(createdAt.getTime() + priority.resolutionMinutes * 60_000),
  };
}

function targetState(createdAt: Date, dueAt: Date, doneAt: Date | null, now: Date): SlaState {
  if (doneAt) return doneAt <= dueAt ? "met" : "breached";
  if (now > dueAt) return "breached";
  const soonFrom = dueAt.getTime() - DUE_SOON_SHARE * (dueAt.getTime() - createdAt.getTime());
  return now.getTime() >= soonFrom ? "due_soon" : "ok";
}

/**
 * The SLA of a ticket at `now`: each target (first response, resolution) is met, breached, due soon
 * or ok; the ticket's state is the worst of them — "met" only when both were met.
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
