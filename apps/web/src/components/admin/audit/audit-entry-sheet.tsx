"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useAuditLabels } from "@/components/audit/audit-actions";
import { AuditChanges } from "@/components/audit/audit-changes";
import { changesOf } from "@/components/audit/audit-values";
import { Badge } from "@/components/ui/badge";
import { Sheet, SheetBody, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { formatDateTime } from "@/lib/format-time";
import { AuditActor } from "./audit-actor";
import type { AuditEntry } from "./audit-columns";
import { AuditTicketLink } from "./audit-ticket-link";

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[8rem_1fr] sm:gap-4">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-sm break-all">{children}</dd>
    </div>
  );
}

const missing = <span className="text-muted-foreground">—</span>;

/** One audit entry in full: who, what, when, from where, and every field's before → after. */
export function AuditEntrySheet({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  const t = useTranslations("audit.log.entry");
  const labels = useAuditLabels();
  const locale = useLocale();
  return (
    <Sheet open={entry !== null} onOpenChange={(open) => !open && onClose()}>
      <SheetContent className="sm:max-w-xl">
        {entry && (
          <>
            <SheetHeader>
              <SheetTitle>{labels.action(entry.action)}</SheetTitle>
              <SheetDescription>{formatDateTime(entry.createdAt, locale)}</SheetDescription>
            </SheetHeader>
            <SheetBody>
              <dl className="grid gap-3">
                <Detail label={t("action")}>
                  <Badge variant="outline" className="font-mono font-normal">
                    {entry.action}
                  </Badge>
                </Detail>
                <Detail label={t("actor")}>
                  <AuditActor actor={entry.actor} />
                </Detail>
                <Detail label={t("entity")}>
                  {labels.entity(entry.entityType)}
                  {entry.entityId && (
                    <span className="ml-2 font-mono text-xs text-muted-foreground">{entry.entityId}</span>
                  )}
                </Detail>
                {entry.ticketId && (
                  <Detail label={t("ticket")}>
                    <AuditTicketLink ticketId={entry.ticketId} />
                  </Detail>
                )}
                <Detail label={t("ip")}>{entry.ip ? <span className="font-mono">{entry.ip}</span> : missing}</Detail>
                <Detail label={t("requestId")}>
                  {entry.requestId ? <span className="font-mono text-xs">{entry.requestId}</span> : missing}
                </Detail>
                <Detail label={t("time")}>
                  <time dateTime={entry.createdAt.toISOString()}>{entry.createdAt.toISOString()}</time>
                </Detail>
              </dl>
              <section aria-labelledby="audit-changes-title" className="grid gap-2">
                <h3 id="audit-changes-title" className="text-sm font-semibold">
                  {t("changes")}
                </h3>
                {changesOf(entry.changes).length ? (
                  <AuditChanges changes={entry.changes} className="gap-2 rounded-lg border p-3 text-sm" />
                ) : (
                  <p className="text-sm text-muted-foreground">{t("noChanges")}</p>
                )}
              </section>
            </SheetBody>
          </>
        )}
      </SheetContent>
    </Sheet>
  );
}
