import { Prisma } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import { hasPermission, type AuthSession } from "../../auth/session-user";
import type { TicketAudience } from "../../lib/events";

/**
 * Which tickets a caller may see — the one rule for every path that reads tickets (list, get,
 * comments, history, search, counts, events and REST). Staff with `tickets.read.all` see every
 * ticket (null: no restriction); everyone else sees the tickets they requested or are assigned,
 * and with `tickets.read.organization` those of their own organization.
 */
function scopeRule(auth: AuthSession): { userId: string; organizationId: string | null } | null {
  const { user, profile } = auth;
  if (hasPermission(user, "tickets.read.all")) return null;
  const organizationId =
    profile.organization && hasPermission(user, "tickets.read.organization") ? profile.organization.id : null;
  return { userId: user.id, organizationId };
}

/** The rule as a Prisma `where` on tickets. */
export function ticketScope(auth: AuthSession): Prisma.TicketWhereInput {
  const rule = scopeRule(auth);
  if (!rule) return {};
  const own: Prisma.TicketWhereInput[] = [{ requesterId: rule.userId }, { assigneeId: rule.userId }];
  if (rule.organizationId) own.push({ organizationId: rule.organizationId });
  return { OR: own };
}

/** The same rule as SQL on a `"Ticket"` row aliased `t`, for the reads Prisma cannot express (full-text search). */
export function ticketScopeSql(auth: AuthSession): Prisma.Sql {
  const rule = scopeRule(auth);
  if (!rule) return Prisma.sql`TRUE`;
  const organization = rule.organizationId
    ? Prisma.sql` OR t."organizationId" = ${rule.organizationId}::uuid`
    : Prisma.empty;
  return Prisma.sql`(t."requesterId" = ${rule.userId}::uuid OR t."assigneeId" = ${rule.userId}::uuid${organization})`;
}

/** The same rule on the fields an event carries about its ticket (lib/events.ts TicketAudience). */
export function ticketInScope(auth: AuthSession, ticket: TicketAudience): boolean {
  const rule = scopeRule(auth);
  if (!rule) return true;
  return (
    ticket.requesterId === rule.userId ||
    ticket.assigneeId === rule.userId ||
    (rule.organizationId !== null && ticket.organizationId === rule.organizationId)
  );
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
