import type { AuthSession } from "../../auth/session-user";
import type { PublishedEvent } from "../../lib/events";
import type { MessageView } from "./conversations";

/** What `messages.onMessage` tells a subscriber. */
export type MessageChange = {
  type: "created" | "edited" | "deleted" | "read";
  conversationId: string;
  /** The message as it is now (none for "read"). */
  message?: MessageView;
};

const TYPES: Record<string, MessageChange["type"]> = {
  "message.create": "created",
  "message.edit": "edited",
  "message.delete": "deleted",
  "message.read": "read",
};

/** A stored message: its dates were written as JSON text. */
function revive(message: MessageView): MessageView {
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    ...message,
    createdAt: new Date(message.createdAt),
    editedAt: date(message.editedAt),
    deletedAt: date(message.deletedAt),
  };
}

/** The change an event makes to one of the subscriber's conversations, or null. */
export function messageChangeFor(auth: AuthSession, event: PublishedEvent): MessageChange | null {
  const type = TYPES[event.type];
  if (!type || !event.recipients) return null;
  if (event.recipients !== "everyone" && !event.recipients.includes(auth.user.id)) return null;
  const data = event.data as { conversationId: string; message?: MessageView };
  return {
    type,
    conversationId: data.conversationId,
    ...(data.message ? { message: revive(data.message) } : {}),
  };
}
