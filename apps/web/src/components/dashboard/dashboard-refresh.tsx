"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useLiveEvents } from "@/components/live/live-bus";

/** The dashboard reads its figures again at most this often (each read is four queries). */
const FRESH_MS = 10_000;

/**
 * The dashboard is read on the server: this renders it again (`router.refresh()`, without losing
 * scroll or focus) when the tab comes back into view or a ticket the viewer may see changes: at most
 * once every 10 seconds, a change within them read at their end.
 */
export function DashboardRefresh() {
  const router = useRouter();
  const readAt = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  // One function for the page's lifetime (the router does not change): the effect below and the
  // timer it sets hold it, so it lives in a ref rather than in the effect's dependencies.
  const refresh = useRef(() => {
    clearTimeout(pending.current);
    const wait = readAt.current + FRESH_MS - Date.now();
    if (wait > 0) {
      pending.current = setTimeout(refresh.current, wait);
      return;
    }
    readAt.current = Date.now();
    router.refresh();
  });
  useEffect(() => {
    readAt.current = Date.now();
    const onVisible = () => {
      if (document.visibilityState === "visible" && Date.now() - readAt.current >= FRESH_MS) refresh.current();
    };
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
      clearTimeout(pending.current);
    };
  }, []);
  useLiveEvents((event) => {
    if (event.kind === "ticket") refresh.current();
  });
  return null;
}
