import { z } from "zod";

const id = z.uuid();

export const MESSAGE_MAX_LENGTH = 4000;

export const messageBodySchema = z
  .string()
  .trim()
  .min(1, "Write a message first.")
  .max(MESSAGE_MAX_LENGTH, `A message has at most ${MESSAGE_MAX_LENGTH} characters.`);

export const conversationListSchema = z.object({
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(50).default(20),
});

export const messageHistorySchema = z.object({
  conversationId: id,
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(100).default(30),
});

/** To a user (their direct conversation, created on first use) or into a conversation. */
export const messageSendSchema = z
  .object({
    recipientId: id.optional(),
    conversationId: id.optional(),
    body: messageBodySchema,
    parentId: id.optional(),
  })
  .refine((input) => (input.recipientId === undefined) !== (input.conversationId === undefined), {
    message: "Send to a recipientId or into a conversationId, one of the two.",
    path: ["recipientId"],
  });

export const messageEditSchema = z.object({ id, body: messageBodySchema });

export const broadcastSchema = z.object({ body: messageBodySchema });

export const markReadSchema = z.object({ conversationId: id });

export const recipientsSchema = z.object({
  search: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(50).default(20),
});
