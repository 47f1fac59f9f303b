import type { Prisma } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import { hasPermission, type AuthSession } from "../../auth/session-user";

/**
 * Which tickets a caller may see — the one rule for every path that reads tickets (list, get,
 * comments, history, and the counts, search, events and REST built on them). Staff with
 * `tickets.read.all` see every ticket; everyone else sees the tickets they requested or are
 * assigned, and with `tickets.read.organization` those of their own organization.
 */
export function ticketScope(auth: AuthSession): Prisma.TicketWhereInput {
  const { user, profile } = auth;
  if (hasPermission(user, "tickets.read.all")) return {};
  const own: Prisma.TicketWhereInput[] = [{ requesterId: user.id }, { assigneeId: user.id }];
  if (profile.organization && hasPermission(user, "tickets.read.organization"))
    own.push({ organizationId: profile.organization.id });
  return { OR: own };
}

/** Whether the caller may read and write internal notes (and see their history entries and events). */
export function readsInternalNotes(auth: AuthSession): boolean {
  return hasPermission(auth.user, "tickets.internal");
}

/** Staff: may act for others (open a ticket on someone's behalf) and their public replies are responses. */
export function isStaff(auth: AuthSession): boolean {
  return hasPermission(auth.user, "tickets.read.all");
}

/** The answer for a ticket that does not exist or that the caller may not see: the same, so ids reveal nothing. */
export function ticketNotFound(): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: "No such ticket." });
}
