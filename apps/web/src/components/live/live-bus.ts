import type { MessageChange, TicketChange } from "@soporte/api";
import { useEffect, useRef, useSyncExternalStore } from "react";

// What the tab's live stream (live-stream.tsx) hands to the page: its events, and the unread counts
// the header shows. A module of its own, without the API client, so that the header and the pages
// can listen before the stream's code has loaded (docs/live-updates.md).

export type LiveEvent = { kind: "ticket"; ticket: TicketChange } | { kind: "message"; message: MessageChange };
type Listener = (event: LiveEvent) => void;

const listeners = new Set<Listener>();

export function publishLiveEvent(event: LiveEvent) {
  for (const listener of listeners) listener(event);
}

/** Calls `onEvent` (its latest version) for every live event while the component is mounted. */
export function useLiveEvents(onEvent: Listener) {
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  useEffect(() => {
    const listener: Listener = (event) => latest.current(event);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
}

export type UnreadCounts = { notifications: number; messages: number };

const NONE: UnreadCounts = { notifications: 0, messages: 0 };
let unread = NONE;
const unreadWatchers = new Set<() => void>();

function watchUnread(watcher: () => void) {
  unreadWatchers.add(watcher);
  return () => void unreadWatchers.delete(watcher);
}

export function publishUnreadCounts(counts: UnreadCounts) {
  if (counts.notifications === unread.notifications && counts.messages === unread.messages) return;
  unread = counts;
  for (const watcher of unreadWatchers) watcher();
}

/** The viewer's unread notifications or messages (0 until the stream's code has counted them). */
export function useUnreadCount(kind: keyof UnreadCounts): number {
  return useSyncExternalStore(
    watchUnread,
    () => unread[kind],
    () => NONE[kind],
  );
}
