import type { AuthSession } from "../../auth/session-user";
import type { PublishedEvent } from "../../lib/events";
import { readsInternalNotes, ticketInScope } from "./ticket-scope";

/** What `tickets.onChange` tells a subscriber about a ticket. */
export type TicketChange = {
  type: "created" | "updated" | "deleted" | "commented";
  ticketId: string;
  number: number | null;
  /** The audit action behind it: `ticket.status`, `comment.update` … */
  action: string;
  /** Names of the fields that changed. */
  fields: string[];
  actor: { id: string; fullName: string } | null;
  at: Date;
};

const TYPES: Record<string, TicketChange["type"]> = {
  "ticket.create": "created",
  "ticket.delete": "deleted",
  "comment.create": "commented",
};

/**
 * The change an event makes to a ticket the subscriber may see, or null: not about a ticket, about a
 * ticket outside the subscriber's scope (before and after the change), or an internal note for a
 * subscriber who may not read notes.
 */
export function ticketChangeFor(auth: AuthSession, event: PublishedEvent): TicketChange | null {
  if (!event.ticketId || !(event.type.startsWith("ticket.") || event.type.startsWith("comment."))) return null;
  if (event.internal && !readsInternalNotes(auth)) return null;
  if (!event.ticketAudience?.some((audience) => ticketInScope(auth, audience))) return null;
  const number = event.data?.number;
  return {
    type: TYPES[event.type] ?? "updated",
    ticketId: event.ticketId,
    number: typeof number === "number" ? number : null,
    action: event.type,
    fields: event.fields,
    actor: event.actorId && event.actorName ? { id: event.actorId, fullName: event.actorName } : null,
    at: event.at,
  };
}
