import { must, type Tx } from "./catalogs.ts";
import { HOUR, addMs, uuidv7 } from "./random.ts";
import { ADMIN_EMAIL, AGENT_EMAIL, loadPeople } from "./users.ts";

/**
 * The bell of the demo: the agent's three newest assigned tickets (assigned by the admin, the newest
 * still unread), and the announcement for everyone but its author, as the app writes them.
 */
export async function seedNotifications(tx: Tx, now: Date): Promise<void> {
  const people = await loadPeople(tx);
  const admin = must(people, ADMIN_EMAIL, "demo user");
  const agent = must(people, AGENT_EMAIL, "demo user");
  const assigned = await tx.ticket.findMany({
    where: { assigneeId: agent.id },
    orderBy: { createdAt: "desc" },
    take: 3,
    select: { id: true, number: true, title: true, createdAt: true },
  });
  const notLater = (date: Date) => (date < now ? date : now);
  await tx.notification.createMany({
    data: assigned.map((ticket, index) => {
      const at = notLater(addMs(ticket.createdAt, 0.5 * HOUR));
      return {
        id: uuidv7(at),
        userId: agent.id,
        kind: "ticket.assigned",
        ticketId: ticket.id,
        actorName: admin.fullName,
        text: `#${ticket.number} ${ticket.title}`,
        createdAt: at,
        readAt: index === 0 ? null : notLater(addMs(at, HOUR)),
      };
    }),
  });
  const announcement = await tx.message.findFirst({
    where: { conversation: { kind: "broadcast" } },
    orderBy: { createdAt: "desc" },
    select: { conversationId: true, body: true, createdAt: true, senderId: true },
  });
  if (!announcement) return;
  const users = await tx.user.findMany({
    where: { active: true, id: { not: announcement.senderId } },
    select: { id: true },
  });
  const text = announcement.body.length > 140 ? `${announcement.body.slice(0, 139)}…` : announcement.body;
  await tx.notification.createMany({
    data: users.map((user) => ({
      id: uuidv7(announcement.createdAt),
      userId: user.id,
      kind: "announcement",
      conversationId: announcement.conversationId,
      actorName: admin.fullName,
      text,
      createdAt: announcement.createdAt,
    })),
  });
}
