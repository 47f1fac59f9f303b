"use client";

import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { formatRelative } from "@/lib/format-time";
import type { TicketChange } from "./use-ticket-changes";

const VERBS: Record<TicketChange["type"], string> = {
  created: "opened",
  updated: "updated",
  commented: "replied on",
  deleted: "deleted",
};

/**
 * A quiet line saying who last changed a ticket on screen, as it happens (announced politely to
 * screen readers). With `onShow`, the change is not on screen yet (rows are selected, so the list
 * waits) and a button brings it in.
 */
export function LiveChangeCue({ change, onShow }: { change: TicketChange | null; onShow?: () => void }) {
  return (
    <div role="status" aria-live="polite" className="text-muted-foreground flex items-center gap-2 text-xs">
      {change && (
        <>
          <span className="bg-primary size-1.5 shrink-0 rounded-full motion-safe:animate-pulse" aria-hidden />
          <span>
            {change.actor?.fullName ?? "Someone"} {VERBS[change.type]}{" "}
            {change.number ? `#${change.number}` : "a ticket"} · {formatRelative(change.at)}
          </span>
          {onShow && (
            <Button type="button" variant="outline" size="sm" className="h-7" onClick={onShow}>
              <RefreshCw aria-hidden />
              Show changes
            </Button>
          )}
        </>
      )}
    </div>
  );
}
