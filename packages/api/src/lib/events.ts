/**
 * Domain events: what a committed change announces ("ticket.update", "user.disable" …). The unit of
 * work publishes them after its transaction commits. Today they stay in this process; the real-time
 * layer will carry them to other instances.
 */
export type DomainEvent = {
  /** The action, as in the audit log: `user.disable`, `role.update` … */
  type: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  /** Names of the fields that changed (their values stay in the audit log). */
  fields: string[];
  /** The ticket the event is about (a ticket's own change, or its comment's). */
  ticketId?: string;
  /** About an internal note: delivered only to those who may read internal notes. */
  internal?: boolean;
  /** Extra data for subscribers (e.g. a ticket number); never secrets. */
  data?: Record<string, unknown>;
};

export type PublishedEvent = DomainEvent & { requestId: string; at: Date };

type Listener = (event: PublishedEvent) => void;

// On globalThis: the Next.js bundle and the API server may load this module twice in one process,
// and both must reach the same listeners.
const bus = ((globalThis as { soporteEventListeners?: Set<Listener> }).soporteEventListeners ??= new Set<Listener>());

/** Calls `listener` for every event published after this call; returns the unsubscribe function. */
export function onDomainEvent(listener: Listener): () => void {
  bus.add(listener);
  return () => bus.delete(listener);
}

export function publish(events: PublishedEvent[], onListenerError: (error: unknown) => void): void {
  for (const event of events) {
    for (const listener of bus) {
      try {
        listener(event);
      } catch (error) {
        onListenerError(error);
      }
    }
  }
}
