"use client";

import type { TicketChange } from "@soporte/api";
import { useState } from "react";
import { api } from "@/trpc/react";

export type { TicketChange };

/**
 * Calls `onChange` for every change someone else makes to a ticket the viewer may see (live, over
 * `tickets.onChange`; the viewer's own changes refresh where they are made). Returns the latest such
 * change, for an "updated by …" cue.
 */
export function useTicketChanges(viewerId: string, onChange: (change: TicketChange) => void) {
  const [latest, setLatest] = useState<TicketChange | null>(null);
  api.tickets.onChange.useSubscription(undefined, {
    onData: ({ data }) => {
      if (data.actor?.id === viewerId) return;
      setLatest(data);
      onChange(data);
    },
  });
  return latest;
}
