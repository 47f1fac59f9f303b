"use client";

import { SavedViewDialogs, SavedViewsBar, SavedViewsSidebar, ViewFiltersNote, useSavedViews } from "./saved-views";
import type { TicketsViewer } from "./ticket-types";
import { TicketsTable } from "./tickets-table";

/** Saved views beside the table on wide screens, above it on narrow ones. */
export function TicketsWorkspace({ viewer }: { viewer: TicketsViewer }) {
  const views = useSavedViews(viewer);
  return (
    <div className="grid gap-6 xl:grid-cols-[12rem_minmax(0,1fr)] xl:gap-5">
      <SavedViewsSidebar state={views} className="hidden xl:grid" />
      <div className="grid min-w-0 content-start gap-4">
        <SavedViewsBar state={views} className="xl:hidden" />
        <ViewFiltersNote state={views} />
        <TicketsTable viewer={viewer} />
      </div>
      <SavedViewDialogs state={views} />
    </div>
  );
}
