"use client";

import type { TicketChange } from "@soporte/api";
import { useState } from "react";
import { api } from "@/trpc/react";

export type { TicketChange };

/**
 * Calls `onChange` for every change to a ticket the viewer may see, live over `tickets.onChange` (the
 * viewer's own too: they may have made it in another tab). Returns the latest change someone else
 * made, for an "updated by …" cue.
 */
export function useTicketChanges(viewerId: string, onChange: (change: TicketChange) => void) {
  const [latest, setLatest] = useState<TicketChange | null>(null);
  api.tickets.onChange.useSubscription(undefined, {
    onData: ({ data }) => {
      if (data.actor?.id !== viewerId) setLatest(data);
      onChange(data);
    },
  });
  return latest;
}
