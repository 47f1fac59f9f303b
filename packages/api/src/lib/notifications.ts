import type { Prisma } from "@soporte/db";
import type { DomainEvent } from "./events";
import type { Tx } from "./unit-of-work";

/** What the notifications of a ticket's events need to know of the ticket (read in the same transaction). */
export type TicketFacts = { id: string; number: number; title: string; requesterId: string; assigneeId: string | null };

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

/**
 * The bell's notifications a transaction's events make, written in that transaction: a ticket
 * assigned to someone other than who assigned it; a public reply, for the ticket's requester and
 * assignee (not its author); an announcement, for every other active user.
 */
export async function writeNotifications(tx: Tx, events: DomainEvent[], tickets: Map<string, TicketFacts>) {
  const rows: Prisma.NotificationCreateManyInput[] = [];
  for (const event of events) {
    const ticket = event.ticketId ? tickets.get(event.ticketId) : undefined;
    if (!ticket) continue;
    const about = {
      ticketId: ticket.id,
      text: `#${ticket.number} ${ticket.title}`,
      actorName: event.actorName ?? null,
    };
    const assigned = event.type.startsWith("ticket.") && event.fields.includes("assignee");
    if (assigned && ticket.assigneeId && ticket.assigneeId !== event.actorId)
      rows.push({ ...about, userId: ticket.assigneeId, kind: "ticket.assigned" });
    if (event.type === "comment.create" && !event.internal) {
      for (const userId of new Set([ticket.requesterId, ticket.assigneeId])) {
        if (userId && userId !== event.actorId) rows.push({ ...about, userId, kind: "ticket.reply" });
      }
    }
  }
  if (rows.length) await tx.notification.createMany({ data: rows });

  for (const event of events) {
    if (event.type !== "message.create" || event.recipients !== "everyone") continue;
    const { conversationId, message } = event.data as { conversationId: string; message: { body: string } };
    await tx.$executeRaw`
      INSERT INTO "Notification" ("id", "userId", "kind", "conversationId", "actorName", "text")
      SELECT gen_random_uuid(), u.id, 'announcement', ${conversationId}::uuid, ${event.actorName ?? null}, ${excerpt(message.body)}
        FROM "User" u
       WHERE u.active AND u.id IS DISTINCT FROM ${event.actorId}::uuid`;
  }
}
