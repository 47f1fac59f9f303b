"use client";

import type { MessageChange, TicketChange } from "@soporte/api";
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { api } from "@/trpc/react";

export type LiveEvent = { kind: "ticket"; ticket: TicketChange } | { kind: "message"; message: MessageChange };
type Listener = (event: LiveEvent) => void;

const Listeners = createContext<Set<Listener> | null>(null);

/**
 * The tab's one live stream (`live.events`; a browser has six HTTP/1.1 connections per server for all
 * its tabs), shared by whatever on the page listens. Message changes refresh the unread badge, the
 * conversation list and the open thread here, on every page; what can ring the bell refreshes it.
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const [listeners] = useState(() => new Set<Listener>());
  const utils = api.useUtils();
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
      for (const listener of listeners) listener(data);
    },
  });
  return <Listeners.Provider value={listeners}>{children}</Listeners.Provider>;
}

/** Calls `onEvent` (its latest version) for every live event while the component is mounted. */
export function useLiveEvents(onEvent: Listener) {
  const listeners = useContext(Listeners);
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  useEffect(() => {
    if (!listeners) return;
    const listener: Listener = (event) => latest.current(event);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, [listeners]);
}
