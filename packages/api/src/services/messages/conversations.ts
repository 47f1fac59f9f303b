import { Prisma, type Db } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import type { AuthSession } from "../../auth/session-user";
import type { Tx } from "../../lib/unit-of-work";
import { personSelect } from "../helpdesk/tickets";

type Client = Db | Tx;

/**
 * The conversations a user belongs to: their direct conversations (a member row) and the
 * announcements (everyone belongs to the broadcast conversation; a member row appears once they read it).
 */
export function memberOf(userId: string): Prisma.ConversationWhereInput {
  return { OR: [{ kind: "broadcast" }, { members: { some: { userId } } }] };
}

export type Conversation = Awaited<ReturnType<typeof findConversation>>;

/** The conversation, if the caller belongs to it; NOT_FOUND otherwise (ids reveal nothing). */
export async function findConversation(db: Client, auth: AuthSession, id: string) {
  const conversation = await db.conversation.findFirst({
    where: { id, ...memberOf(auth.user.id) },
    select: { id: true, kind: true, members: { select: { userId: true } } },
  });
  if (!conversation) throw new TRPCError({ code: "NOT_FOUND", message: "No such conversation." });
  return conversation;
}

/** Who may send and receive direct messages: active users whose roles grant `messages.send`, and superusers. */
export function messagingUsers(): Prisma.UserWhereInput {
  return {
    active: true,
    OR: [{ isSuperuser: true }, { roles: { some: { role: { permissions: { has: "messages.send" } } } } }],
  };
}

/** The direct conversation of two users, created on first use (one per pair, whoever starts it). */
export async function directConversation(tx: Tx, a: string, b: string): Promise<string> {
  const directKey = [a, b].sort().join(":");
  const found = await tx.conversation.findUnique({ where: { directKey }, select: { id: true } });
  if (found) return found.id;
  // Two first messages at the same instant: the unique key keeps one conversation and the other
  // sender's transaction fails (left alone: rare, and a retry finds the conversation).
  const created = await tx.conversation.upsert({
    where: { directKey },
    create: { kind: "direct", directKey, members: { createMany: { data: [{ userId: a }, { userId: b }] } } },
    update: {},
    select: { id: true },
  });
  return created.id;
}

/** The broadcast conversation, created with the first announcement. */
export async function broadcastConversation(tx: Tx): Promise<string> {
  const found = await tx.conversation.findFirst({ where: { kind: "broadcast" }, select: { id: true } });
  if (found) return found.id;
  return (await tx.conversation.create({ data: { kind: "broadcast" }, select: { id: true } })).id;
}

export const messageSelect = {
  id: true,
  conversationId: true,
  body: true,
  parentId: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  sender: { select: personSelect },
  parent: { select: { id: true, body: true, deletedAt: true, sender: { select: personSelect } } },
} as const satisfies Prisma.MessageSelect;

type MessageRow = Prisma.MessageGetPayload<{ select: typeof messageSelect }>;

/** A message as it leaves the server: a deleted one keeps its place with an empty body. */
export function toMessage(row: MessageRow) {
  const { parent, ...message } = row;
  return {
    ...message,
    body: message.deletedAt ? "" : message.body,
    parent: parent ? { id: parent.id, sender: parent.sender, body: parent.deletedAt ? "" : parent.body } : null,
  };
}

export type MessageView = ReturnType<typeof toMessage>;

/**
 * Unread messages per conversation for `userId`: others' messages, not deleted, after the user last
 * read the conversation (in the broadcast conversation without a read yet: since their account exists).
 */
export async function unreadCounts(
  db: Client,
  userId: string,
  conversationIds?: string[],
): Promise<Map<string, number>> {
  if (conversationIds && conversationIds.length === 0) return new Map();
  const only = conversationIds ? Prisma.sql`AND c.id IN (${Prisma.join(conversationIds)})` : Prisma.empty;
  const rows = await db.$queryRaw<{ conversationId: string; count: number }[]>`
    SELECT c.id AS "conversationId", count(m.id)::int AS count
      FROM "Conversation" c
      JOIN "User" u ON u.id = ${userId}::uuid
      LEFT JOIN "ConversationMember" cm ON cm."conversationId" = c.id AND cm."userId" = u.id
      JOIN "Message" m ON m."conversationId" = c.id
     WHERE (cm."userId" IS NOT NULL OR c.kind = 'broadcast') ${only}
       AND m."senderId" <> u.id AND m."deletedAt" IS NULL
       AND m."createdAt" > COALESCE(cm."lastReadAt", CASE WHEN c.kind = 'broadcast' THEN u."createdAt" END, '-infinity')
     GROUP BY c.id`;
  return new Map(rows.map((row) => [row.conversationId, row.count]));
}
