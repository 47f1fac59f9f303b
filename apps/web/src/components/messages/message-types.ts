import type { RouterOutputs } from "@soporte/api";

export type Conversation = RouterOutputs["messages"]["conversations"]["items"][number];
export type Message = RouterOutputs["messages"]["history"]["items"][number];
export type Person = Message["sender"];

/** What the viewer may do on /messages. */
export type MessagesViewer = { id: string; send: boolean; broadcast: boolean };

/** The thread on screen: a conversation, or a first message to someone not yet written to. */
export type ThreadTarget = { conversationId: string } | { recipient: Person };
