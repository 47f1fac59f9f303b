import "server-only";
import { hasPermission, type AuthSession } from "@soporte/api";
import type { TicketsViewer } from "@/components/tickets/ticket-types";

/** What the signed-in user may do on the ticket pages, from their permissions. */
export function ticketsViewer(auth: AuthSession): TicketsViewer {
  const can = (permission: Parameters<typeof hasPermission>[1]) => hasPermission(auth.user, permission);
  return {
    id: auth.user.id,
    seesAll: can("tickets.read.all"),
    looksUpPeople: can("users.read"),
    assign: can("tickets.assign"),
    setStatus: can("tickets.status"),
    update: can("tickets.update"),
    create: can("tickets.create"),
    shareViews: can("views.share"),
  };
}
