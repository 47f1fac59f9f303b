/**
 * Domain events: what a committed change announces ("ticket.update", "user.disable" …). The unit of
 * work writes them to the DomainEvent table in the change's transaction; every app instance reads
 * them from there (event-hub.ts) and hands them to its subscribers. Events are what subscribers may
 * be told, filtered per subscriber by the same rules as the reads: never secrets.
 */
export type DomainEvent = {
  /** The action, as in the audit log: `user.disable`, `ticket.status` … */
  type: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  /** The actor's name, for "updated by …" cues (set when the actor is the signed-in user). */
  actorName?: string;
  /** Names of the fields that changed (their values stay in the audit log). */
  fields: string[];
  /** The ticket the event is about (a ticket's own change, or its comment's). */
  ticketId?: string;
  /**
   * Who could see that ticket, after the change and (when it moved) before it: services/helpdesk/
   * ticket-scope.ts matches a subscriber against these with the rule every ticket read uses.
   */
  ticketAudience?: TicketAudience[];
  /** For a conversation's events: the ids of the users it goes to, or everyone (an announcement). */
  recipients?: string[] | "everyone";
  /** About an internal note: delivered only to those who may read internal notes. */
  internal?: boolean;
  /** Extra data for subscribers (e.g. a ticket number); never secrets. */
  data?: Record<string, unknown>;
};

/** The ticket fields its visibility depends on. */
export type TicketAudience = { requesterId: string; assigneeId: string | null; organizationId: string | null };

/** An event as stored and delivered: `id` orders events and is the id a subscriber resumes from. */
export type PublishedEvent = DomainEvent & { id: bigint; requestId: string; at: Date };
