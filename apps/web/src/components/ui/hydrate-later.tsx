"use client";

import { Activity, type ReactNode } from "react";

/**
 * Markup from the server that may become interactive a moment after the rest of the page. React
 * hydrates an `<Activity>` boundary after what is around it, at its lowest priority, in slices that
 * hand the main thread back to the browser every few milliseconds, instead of within the page's one
 * long hydration task (the blocking time that held Lighthouse's mobile score down). A click inside it
 * before then hydrates it at once, and the click is replayed. Unlike `<Suspense>`, an Activity has no
 * fallback: content that waits on the server still arrives in the first HTML, as before.
 * docs/page-weight.md.
 */
export function HydrateLater({ children }: { children: ReactNode }) {
  return <Activity mode="visible">{children}</Activity>;
}
