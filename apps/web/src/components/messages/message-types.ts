import type { RouterOutputs } from "@soporte/api";

export type Conversation = RouterOutputs["messages"]["conversations"]["items"][number];
export type Message = RouterOutputs["messages"]["history"]["items"][number];
export type Person = Message["sender"];

/** What the viewer may do on /messages. */
export type MessagesViewer = { id: string; send: boolean; broadcast: boolean };

/** The thread on screen: a conversation, or a first message to someone not yet written to. */
export type ThreadTarget = { conversationId: string } | { recipient: Person };

/**
 * The inputs of the conversation list and of an open thread, one each: the messages page prefetches
 * with them, so its server render and the browser ask for the same thing.
 */
export const conversationsInput = { limit: 20 } as const;
export const historyInput = (conversationId: string) => ({ conversationId, limit: 30 });
