"use client";

import { useEffect } from "react";
import { api, TRPCReactProvider } from "@/trpc/react";
import { publishLiveEvent, publishUnreadCounts } from "./live-bus";

/**
 * The tab's one live stream (`live.events`; a browser has six HTTP/1.1 connections per server for all
 * its tabs) and the unread counts it keeps fresh. Message changes refresh the conversation list and
 * the open thread; what can ring the bell refreshes it. Loaded after the page (live-events.tsx).
 */
export default function LiveStream() {
  return (
    <TRPCReactProvider>
      <Stream />
    </TRPCReactProvider>
  );
}

function Stream() {
  const utils = api.useUtils();
  const notifications = api.notifications.unreadCount.useQuery(undefined, { staleTime: 60_000 });
  const messages = api.messages.unreadCount.useQuery(undefined, { staleTime: 60_000 });
  const unreadNotifications = notifications.data?.total ?? 0;
  const unreadMessages = messages.data?.total ?? 0;
  useEffect(
    () => publishUnreadCounts({ notifications: unreadNotifications, messages: unreadMessages }),
    [unreadNotifications, unreadMessages],
  );
  api.live.events.useSubscription(undefined, {
    onData: ({ data }) => {
      // What can ring the bell: an assignment, a reply, a new message (announcements among them).
      const rings =
        data.kind === "ticket"
          ? data.ticket.type === "commented" || data.ticket.fields.includes("assignee")
          : data.message.type === "created";
      if (rings) {
        void utils.notifications.unreadCount.invalidate();
        void utils.notifications.list.invalidate();
      }
      if (data.kind === "message") {
        void utils.messages.unreadCount.invalidate();
        void utils.messages.conversations.invalidate();
        if (data.message.type !== "read")
          void utils.messages.history.invalidate({ conversationId: data.message.conversationId });
      }
      publishLiveEvent(data);
    },
  });
  return null;
}
