"use client";

import { api } from "@/trpc/react";

/**
 * One live stream of the viewer's conversations per tab (mounted in the app shell): every new,
 * edited, deleted or read message refreshes what shows it — the unread badge, the conversation list,
 * the open thread.
 */
export function MessagesLive() {
  const utils = api.useUtils();
  api.messages.onMessage.useSubscription(undefined, {
    onData: ({ data }) => {
      void utils.messages.unreadCount.invalidate();
      void utils.messages.conversations.invalidate();
      if (data.type !== "read") void utils.messages.history.invalidate({ conversationId: data.conversationId });
    },
  });
  return null;
}
