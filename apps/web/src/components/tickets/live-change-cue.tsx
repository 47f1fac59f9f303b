"use client";

import { RefreshCw } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { formatRelative } from "@/lib/format-time";
import type { TicketChange } from "./use-ticket-changes";

/**
 * A quiet line saying who last changed a ticket on screen, as it happens (announced politely to
 * screen readers). With `onShow`, the change is not on screen yet (rows are selected, so the list
 * waits) and a button brings it in.
 */
export function LiveChangeCue({ change, onShow }: { change: TicketChange | null; onShow?: () => void }) {
  const t = useTranslations("tickets.live");
  const locale = useLocale();
  return (
    <div role="status" aria-live="polite" className="text-muted-foreground flex items-center gap-2 text-xs">
      {change && (
        <>
          <span className="bg-primary size-1.5 shrink-0 rounded-full motion-safe:animate-pulse" aria-hidden />
          <span>
            {t("change", {
              type: change.type,
              actor: change.actor?.fullName ?? t("someone"),
              ticket: change.number ? `#${change.number}` : t("aTicket"),
              time: formatRelative(change.at, new Date(), locale),
            })}
          </span>
          {onShow && (
            <Button type="button" variant="outline" size="sm" className="h-7" onClick={onShow}>
              <RefreshCw aria-hidden />
              {t("showChanges")}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
