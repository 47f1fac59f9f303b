"use client";

import { lazy, Suspense } from "react";
import { useHydrated } from "@/lib/use-hydrated";

const LiveStream = lazy(() => import("./live-stream"));

/**
 * The tab's live stream, in the shell: its code (with the API client) loads once the page has
 * hydrated, so that a page which reads nothing through the client (the dashboard, rendered on the
 * server) does not wait for it. Pages and the header listen through live-bus.ts.
 */
export function LiveEvents() {
  const hydrated = useHydrated();
  return hydrated ? (
    <Suspense fallback={null}>
      <LiveStream />
    </Suspense>
  ) : null;
}
