// Output schemas of the messages router (services/messages/conversations.ts: messageSelect, toMessage).
import { z } from "zod";
import { dateTime, pageOf, personSchema, uuid } from "./common";

/** The message a reply answers, in short; an empty body once it was deleted. */
const messageParentSchema = z
  .object({ id: uuid, sender: personSchema, body: z.string() })
  .meta({ id: "MessageParent", description: "The message this one replies to; an empty body if it was deleted." });

export const messageSchema = z
  .object({
    id: uuid,
    conversationId: uuid,
    body: z.string().meta({
      description: "Empty once the message was deleted (it keeps its place).",
      example: "The VPN is back, try again.",
    }),
    parentId: uuid.nullable().meta({ description: "The message this one replies to." }),
    createdAt: dateTime,
    editedAt: dateTime.nullable(),
    deletedAt: dateTime.nullable(),
    sender: personSchema,
    parent: messageParentSchema.nullable(),
  })
  .meta({ id: "Message" });

export const messagePageSchema = pageOf(messageSchema);

export const conversationSchema = z
  .object({
    id: uuid,
    kind: z.enum(["direct", "broadcast"]).meta({
      description: "direct: between two users; broadcast: the announcements, which everyone receives.",
    }),
    lastMessageAt: dateTime,
    members: z
      .array(personSchema)
      .meta({ description: "The two people of a direct conversation; empty for broadcast." }),
    lastMessage: messageSchema.nullable(),
    unreadCount: z.number().int().min(0),
  })
  .meta({ id: "Conversation" });

export const conversationPageSchema = pageOf(conversationSchema);

export const unreadCountSchema = z
  .object({
    total: z.number().int().min(0).meta({ example: 3 }),
    byConversation: z
      .array(z.object({ conversationId: uuid, count: z.number().int().min(1) }))
      .meta({ description: "Only conversations with unread messages." }),
  })
  .meta({ id: "UnreadCount" });

export const markReadResultSchema = z.object({ conversationId: uuid, lastReadAt: dateTime }).meta({ id: "ReadMark" });

export const recipientListSchema = z
  .object({ items: z.array(personSchema) })
  .meta({ id: "RecipientList", description: "People the caller may write to, by name." });
