"use client";

import { api } from "@/trpc/react";

/**
 * After a change to a ticket or its conversation: refetch what shows it (the ticket, its comments,
 * its history) and mark the lists stale.
 */
export function useRefreshTicket(ticketId: string) {
  const utils = api.useUtils();
  return async () => {
    await Promise.all([
      utils.tickets.get.invalidate(),
      utils.comments.list.invalidate({ ticketId }),
      utils.tickets.history.invalidate({ id: ticketId }),
      utils.tickets.list.invalidate(),
    ]);
  };
}
