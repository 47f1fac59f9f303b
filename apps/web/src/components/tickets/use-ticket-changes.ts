"use client";

import type { TicketChange } from "@soporte/api";
import { useState } from "react";
import { useLiveEvents } from "@/components/live/live-bus";

export type { TicketChange };

/**
 * Calls `onChange` for every change to a ticket the viewer may see, live (the tab's stream; the
 * viewer's own too: they may have made it in another tab). Returns the latest change someone else
 * made, for an "updated by …" cue.
 */
export function useTicketChanges(viewerId: string, onChange: (change: TicketChange) => void) {
  const [latest, setLatest] = useState<TicketChange | null>(null);
  useLiveEvents((event) => {
    if (event.kind !== "ticket") return;
    if (event.ticket.actor?.id !== viewerId) setLatest(event.ticket);
    onChange(event.ticket);
  });
  return latest;
}
