"use client";

import type { RouterOutputs } from "@soporte/api";
import type { ColumnDef } from "@tanstack/react-table";
import { PanelRightOpen } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useAuditLabels, type AuditLogT } from "@/components/audit/audit-actions";
import { useAuditValues } from "@/components/audit/audit-values";
import { STICKY_ACTIONS } from "@/components/data-table/sticky-actions";
import { TimeCell } from "@/components/data-table/time-cell";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format-time";
import { useViewerTimeZone } from "@/lib/use-hydrated";
import { AuditActor } from "./audit-actor";

export type AuditEntry = RouterOutputs["audit"]["list"]["items"][number];

function ActionCell({ entry }: { entry: AuditEntry }) {
  const labels = useAuditLabels();
  return (
    <span className="grid">
      <span className="font-medium">{labels.action(entry.action)}</span>
      <span className="font-mono text-xs text-muted-foreground" data-testid="audit-action">
        {entry.action}
      </span>
      <TimeCell at={entry.createdAt} relative className="text-xs text-muted-foreground sm:hidden" />
    </span>
  );
}

function EntityCell({ entry }: { entry: AuditEntry }) {
  const labels = useAuditLabels();
  return (
    <span className="grid">
      <span>{labels.entity(entry.entityType)}</span>
      {entry.entityId && (
        // Ids are time-ordered (UUIDv7): their ends tell them apart.
        <span className="font-mono text-xs text-muted-foreground" title={entry.entityId}>
          …{entry.entityId.slice(-8)}
        </span>
      )}
    </span>
  );
}

function SummaryCell({ entry }: { entry: AuditEntry }) {
  const { summarizeChanges } = useAuditValues();
  const summary = summarizeChanges(entry.changes);
  return (
    <span className="block truncate text-muted-foreground" title={summary}>
      {summary || "—"}
    </span>
  );
}

function DetailsButton({ entry, onOpen }: { entry: AuditEntry; onOpen: () => void }) {
  const t = useTranslations("audit.log.columns");
  const labels = useAuditLabels();
  const locale = useLocale();
  const zone = useViewerTimeZone();
  return (
    <Button
      type="button"
      variant="ghost"
      size="icon"
      className="size-8"
      aria-label={t("detailsOf", {
        action: labels.action(entry.action).toLowerCase(),
        time: formatDateTime(entry.createdAt, locale, zone),
      })}
      onClick={onOpen}
    >
      <PanelRightOpen aria-hidden />
    </Button>
  );
}

export function auditColumns(t: AuditLogT, onOpen: (entry: AuditEntry) => void): ColumnDef<AuditEntry>[] {
  return [
    {
      id: "time",
      header: t("columns.time"),
      // On a phone the time moves under the action.
      meta: { className: "hidden w-36 sm:table-cell", skeletonClassName: "w-28" },
      cell: ({ row }) => <TimeCell at={row.original.createdAt} relative className="text-muted-foreground" />,
    },
    {
      id: "actor",
      header: t("columns.actor"),
      meta: { className: "max-w-40 sm:max-w-none", skeletonClassName: "w-32" },
      cell: ({ row }) => <AuditActor actor={row.original.actor} />,
    },
    {
      id: "action",
      header: t("columns.action"),
      meta: { skeletonClassName: "w-32" },
      cell: ({ row }) => <ActionCell entry={row.original} />,
    },
    {
      id: "entity",
      header: t("columns.entity"),
      meta: { className: "hidden md:table-cell", skeletonClassName: "w-24" },
      cell: ({ row }) => <EntityCell entry={row.original} />,
    },
    {
      id: "summary",
      header: t("columns.summary"),
      meta: { className: "hidden max-w-80 lg:table-cell", skeletonClassName: "w-48" },
      cell: ({ row }) => <SummaryCell entry={row.original} />,
    },
    {
      id: "details",
      header: () => <span className="sr-only">{t("columns.details")}</span>,
      meta: { className: STICKY_ACTIONS, skeletonClassName: "ml-auto size-8" },
      cell: ({ row }) => <DetailsButton entry={row.original} onOpen={() => onOpen(row.original)} />,
    },
  ];
}
