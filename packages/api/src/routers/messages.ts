import type { Prisma } from "@soporte/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError, tracked } from "@trpc/server";
import { messageRules } from "../auth/limits";
import { consume } from "../auth/rate-limit";
import type { AuthSession } from "../auth/session-user";
import type { Context } from "../context";
import { fieldError } from "../lib/errors";
import { liveEvents } from "../lib/live-events";
import { decodeCursor, keysetAfter, pageOf } from "../lib/pagination";
import { unitOfWork, type Tx, type Work } from "../lib/unit-of-work";
import { subscriptionSchema } from "../schemas/live";
import {
  broadcastSchema,
  conversationListSchema,
  markReadSchema,
  messageEditSchema,
  messageHistorySchema,
  messageSendSchema,
  recipientsSchema,
} from "../schemas/messages";
import { idSchema } from "../schemas/auth";
import {
  conversationPageSchema,
  markReadResultSchema,
  messagePageSchema,
  messageSchema,
  recipientListSchema,
  unreadCountSchema,
} from "../schemas/outputs/messages";
import { personSelect } from "../services/helpdesk/tickets";
import {
  broadcastConversation,
  directConversation,
  findConversation,
  memberOf,
  messageSelect,
  messagingUsers,
  toMessage,
  unreadCounts,
  type Conversation,
  type MessageView,
} from "../services/messages/conversations";
import { messageChangeFor } from "../services/messages/message-events";
import { permissionProcedure, protectedProcedure } from "../trpc";

/** Announces a message change to the conversation's members (everyone, for an announcement). */
function announce(
  w: Work,
  type: "message.create" | "message.edit" | "message.delete" | "message.read",
  conversation: Conversation,
  message: MessageView | null,
  recipients?: string[],
) {
  w.emit({
    type,
    entityType: message ? "message" : "conversation",
    entityId: message?.id ?? conversation.id,
    fields: [],
    recipients:
      recipients ?? (conversation.kind === "broadcast" ? "everyone" : conversation.members.map((m) => m.userId)),
    data: { conversationId: conversation.id, ...(message ? { message } : {}) },
  });
}

/** The caller's own message, for editing or deleting; NOT_FOUND outside their conversations, FORBIDDEN if not theirs. */
async function findOwnMessage(tx: Tx, auth: AuthSession, id: string) {
  const message = await tx.message.findFirst({
    where: { id, conversation: memberOf(auth.user.id) },
    select: { senderId: true, deletedAt: true, conversationId: true },
  });
  if (!message) throw new TRPCError({ code: "NOT_FOUND", message: "No such message." });
  if (message.senderId !== auth.user.id)
    throw new TRPCError({ code: "FORBIDDEN", message: "Only its sender may change a message." });
  if (message.deletedAt) throw new TRPCError({ code: "CONFLICT", message: "This message was deleted." });
  return message;
}

/** Changes the caller's own message and announces the change to the conversation. */
function changeOwn(
  ctx: Pick<Context, "db" | "meta"> & { auth: AuthSession },
  id: string,
  data: Prisma.MessageUpdateInput,
  type: "message.edit" | "message.delete",
) {
  return unitOfWork(ctx, async (w) => {
    const own = await findOwnMessage(w.tx, ctx.auth, id);
    const message = toMessage(await w.tx.message.update({ where: { id }, data, select: messageSelect }));
    announce(w, type, await findConversation(w.tx, ctx.auth, own.conversationId), message);
    return message;
  });
}

/** Writes a message into a conversation the sender may post to, marks it read for them, announces it. */
async function post(
  w: Work,
  auth: AuthSession,
  conversation: Conversation,
  input: { body: string; parentId?: string },
): Promise<MessageView> {
  const conversationId = conversation.id;
  if (input.parentId) {
    const parent = await w.tx.message.findFirst({
      where: { id: input.parentId, conversationId },
      select: { id: true },
    });
    if (!parent)
      throw fieldError("parentId", "replyElsewhere", "The message you reply to is not in this conversation.");
  }
  const row = await w.tx.message.create({
    data: { conversationId, senderId: auth.user.id, body: input.body, parentId: input.parentId ?? null },
    select: messageSelect,
  });
  await w.tx.conversation.update({ where: { id: conversationId }, data: { lastMessageAt: row.createdAt } });
  await w.tx.conversationMember.upsert({
    where: { conversationId_userId: { conversationId, userId: auth.user.id } },
    create: { conversationId, userId: auth.user.id, lastReadAt: row.createdAt },
    update: { lastReadAt: row.createdAt },
  });
  const message = toMessage(row);
  announce(w, "message.create", conversation, message);
  return message;
}

export const messagesRouter = {
  /** The caller's conversations, latest activity first, each with its last message and unread count. */
  conversations: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/messages/conversations",
        tags: ["messages"],
        summary: "My conversations",
        description:
          "Any signed-in user. Their direct conversations and the announcements (the broadcast conversation, " +
          "which everyone belongs to), latest activity first, each with its members, last message and unread " +
          "count. Paging: `limit` (1–50, default 20); pass the answer's `nextCursor` back as `cursor` for the next " +
          "page (null on the last).",
        protect: true,
      },
    })
    .input(conversationListSchema)
    .output(conversationPageSchema)
    .query(async ({ ctx, input }) => {
      const cursor = input.cursor ? decodeCursor(input.cursor, "date") : null;
      const rows = await ctx.db.conversation.findMany({
        where: { AND: [memberOf(ctx.auth.user.id), cursor ? keysetAfter("lastMessageAt", "desc", cursor) : {}] },
        orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
        take: input.limit + 1,
        select: {
          id: true,
          kind: true,
          lastMessageAt: true,
          members: { select: { user: { select: personSelect } } },
          messages: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: messageSelect },
        },
      });
      const page = pageOf(rows, input.limit, (row) => row.lastMessageAt);
      const unread = await unreadCounts(
        ctx.db,
        ctx.auth.user.id,
        page.items.map((c) => c.id),
      );
      return {
        items: page.items.map(({ messages, members, ...conversation }) => ({
          ...conversation,
          // An announcement belongs to everyone: its member rows are only who has read it.
          members: conversation.kind === "direct" ? members.map((m) => m.user) : [],
          lastMessage: messages[0] ? toMessage(messages[0]) : null,
          unreadCount: unread.get(conversation.id) ?? 0,
        })),
        nextCursor: page.nextCursor,
      };
    }),

  /** A conversation's messages, newest first. */
  history: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/messages/conversations/{conversationId}",
        tags: ["messages"],
        summary: "A conversation's messages",
        description:
          "Any signed-in user, in a conversation they belong to (NOT_FOUND otherwise). Its messages, newest " +
          "first; a deleted one keeps its place with an empty body. Paging: `limit` (1–100, default 30); pass the " +
          "answer's `nextCursor` back as `cursor` for the next (older) page (null on the last).",
        protect: true,
      },
    })
    .input(messageHistorySchema)
    .output(messagePageSchema)
    .query(async ({ ctx, input }) => {
      await findConversation(ctx.db, ctx.auth, input.conversationId);
      const cursor = input.cursor ? decodeCursor(input.cursor, "date") : null;
      const rows = await ctx.db.message.findMany({
        where: { conversationId: input.conversationId, ...(cursor ? keysetAfter("createdAt", "desc", cursor) : {}) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: input.limit + 1,
        select: messageSelect,
      });
      const page = pageOf(rows, input.limit, (row) => row.createdAt);
      return { items: page.items.map(toMessage), nextCursor: page.nextCursor };
    }),

  /** Users the caller may message (active, allowed to message back), by name. */
  recipients: permissionProcedure("messages.send")
    .meta({
      openapi: {
        method: "GET",
        path: "/messages/recipients",
        tags: ["messages"],
        summary: "People I may message",
        description:
          "Needs `messages.send`. The active users who take messages, other than the caller, by name: the " +
          "`recipientId`s POST /messages accepts. `search` matches names and usernames (any part, ignoring case); " +
          "`limit` 1–50, default 20 (no further pages: search to narrow it).",
        protect: true,
      },
    })
    .input(recipientsSchema)
    .output(recipientListSchema)
    .query(async ({ ctx, input }) => {
      const search = input.search
        ? {
            OR: [
              { fullName: { contains: input.search, mode: "insensitive" as const } },
              { username: { contains: input.search, mode: "insensitive" as const } },
            ],
          }
        : {};
      const items = await ctx.db.user.findMany({
        where: { AND: [messagingUsers(), search, { id: { not: ctx.auth.user.id } }] },
        orderBy: [{ fullName: "asc" }, { id: "asc" }],
        take: input.limit,
        select: personSelect,
      });
      return { items };
    }),

  /** To a user (the pair's conversation, created on first use) or into a direct conversation of the caller's. */
  send: permissionProcedure("messages.send")
    .meta({
      openapi: {
        method: "POST",
        path: "/messages",
        tags: ["messages"],
        summary: "Send a message",
        description:
          "Needs `messages.send`; rate-limited (TOO_MANY_REQUESTS). Body: `body`, and either `recipientId` (a user " +
          "who takes messages: their direct conversation with the caller, created on first use) or " +
          "`conversationId` (a direct conversation of the caller's), one of the two; `parentId` to reply to a " +
          "message of that conversation. Announcements go through POST /messages/broadcast. Returns the message.",
        protect: true,
      },
    })
    .input(messageSendSchema)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await consume(ctx.db, messageRules(ctx.auth.user.id), "messages");
      return unitOfWork(ctx, async (w) => {
        let conversationId = input.conversationId!;
        if (input.recipientId) {
          if (input.recipientId === ctx.auth.user.id)
            throw fieldError("recipientId", "recipientSelf", "Write to someone else.");
          const recipient = await w.tx.user.findFirst({
            where: { AND: [{ id: input.recipientId }, messagingUsers()] },
            select: { id: true },
          });
          if (!recipient) throw fieldError("recipientId", "notFound", "No such user takes messages.", { kind: "user" });
          conversationId = await directConversation(w.tx, ctx.auth.user.id, recipient.id);
        }
        const conversation = await findConversation(w.tx, ctx.auth, conversationId);
        if (conversation.kind === "broadcast")
          throw new TRPCError({ code: "FORBIDDEN", message: "Announcements are posted with messages.broadcast." });
        return post(w, ctx.auth, conversation, input);
      });
    }),

  /** An announcement every user receives, in the broadcast conversation. */
  broadcast: permissionProcedure("messages.broadcast")
    .meta({
      openapi: {
        method: "POST",
        path: "/messages/broadcast",
        tags: ["messages"],
        summary: "Post an announcement",
        description:
          "Needs `messages.broadcast`; rate-limited (TOO_MANY_REQUESTS). Body: `body`. Every user receives it, in " +
          "the broadcast conversation. Returns the message.",
        protect: true,
      },
    })
    .input(broadcastSchema)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await consume(ctx.db, messageRules(ctx.auth.user.id, true), "announcements");
      return unitOfWork(ctx, async (w) =>
        post(w, ctx.auth, await findConversation(w.tx, ctx.auth, await broadcastConversation(w.tx)), input),
      );
    }),

  /** The caller's own message, with a new body; it then says it was edited. */
  edit: protectedProcedure
    .meta({
      openapi: {
        method: "PATCH",
        path: "/messages/{id}",
        tags: ["messages"],
        summary: "Edit a message",
        description:
          "Its sender only: a message in a conversation the caller belongs to but sent by someone else is FORBIDDEN; " +
          "one outside their conversations NOT_FOUND; a deleted one CONFLICT. Body: `body`, the new text. The " +
          "message is then marked edited (`editedAt`). Returns the message.",
        protect: true,
      },
    })
    .input(messageEditSchema)
    .output(messageSchema)
    .mutation(({ ctx, input }) => changeOwn(ctx, input.id, { body: input.body, editedAt: new Date() }, "message.edit")),

  /** The caller's own message, deleted: it keeps its place, without its text. */
  delete: protectedProcedure
    .meta({
      openapi: {
        method: "DELETE",
        path: "/messages/{id}",
        tags: ["messages"],
        summary: "Delete a message",
        description:
          "Its sender only: a message in a conversation the caller belongs to but sent by someone else is FORBIDDEN; " +
          "one outside their conversations NOT_FOUND; one already deleted CONFLICT. The message keeps its place in " +
          "the conversation with an empty body and `deletedAt` set. Returns the message.",
        protect: true,
      },
    })
    .input(idSchema)
    .output(messageSchema)
    .mutation(({ ctx, input }) => changeOwn(ctx, input.id, { deletedAt: new Date() }, "message.delete")),

  /** Everything in the conversation is read, as of now (the caller's other tabs hear of it). */
  markRead: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/messages/conversations/{conversationId}/read",
        tags: ["messages"],
        summary: "Mark a conversation read",
        description:
          "Any signed-in user, in a conversation they belong to (NOT_FOUND otherwise). Everything in it is read as " +
          "of now. Returns the time it was read up to.",
        protect: true,
      },
    })
    .input(markReadSchema)
    .output(markReadResultSchema)
    .mutation(async ({ ctx, input }) =>
      unitOfWork(ctx, async (w) => {
        const conversation = await findConversation(w.tx, ctx.auth, input.conversationId);
        const now = new Date();
        const key = { conversationId: conversation.id, userId: ctx.auth.user.id };
        await w.tx.conversationMember.upsert({
          where: { conversationId_userId: key },
          create: { ...key, lastReadAt: now },
          update: { lastReadAt: now },
        });
        announce(w, "message.read", conversation, null, [ctx.auth.user.id]);
        return { conversationId: conversation.id, lastReadAt: now };
      }),
    ),

  /** Unread messages: in total and per conversation. */
  unreadCount: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/messages/unread",
        tags: ["messages"],
        summary: "Unread messages",
        description:
          "Any signed-in user. How many messages from others they have not read: in total and per conversation " +
          "(only the conversations with some).",
        protect: true,
      },
    })
    .output(unreadCountSchema)
    .query(async ({ ctx }) => {
      const counts = await unreadCounts(ctx.db, ctx.auth.user.id);
      const byConversation = [...counts]
        .filter(([, count]) => count > 0)
        .map(([conversationId, count]) => ({ conversationId, count }));
      return { total: byConversation.reduce((sum, c) => sum + c.count, 0), byConversation };
    }),

  /** Live: new, edited, deleted and read messages of the caller's conversations (SSE, resumable). */
  onMessage: protectedProcedure.input(subscriptionSchema).subscription(async function* ({ ctx, input, signal }) {
    for await (const { event, auth } of liveEvents(ctx, signal!, input?.lastEventId)) {
      const change = messageChangeFor(auth, event);
      if (change) yield tracked(String(event.id), change);
    }
  }),
} satisfies TRPCRouterRecord;
