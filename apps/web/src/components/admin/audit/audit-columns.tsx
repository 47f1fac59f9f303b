"use client";

import type { RouterOutputs } from "@soporte/api";
import type { ColumnDef } from "@tanstack/react-table";
import { PanelRightOpen } from "lucide-react";
import { actionLabel, ENTITY_LABELS } from "@/components/audit/audit-actions";
import { summarizeChanges } from "@/components/audit/audit-values";
import { STICKY_ACTIONS } from "@/components/data-table/sticky-actions";
import { Button } from "@/components/ui/button";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { cn } from "@/lib/utils";
import { AuditActor } from "./audit-actor";

export type AuditEntry = RouterOutputs["audit"]["list"]["items"][number];

function EntryTime({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)} className={cn("text-muted-foreground", className)}>
      {formatRelative(date)}
    </time>
  );
}

export function auditColumns(onOpen: (entry: AuditEntry) => void): ColumnDef<AuditEntry>[] {
  return [
    {
      id: "time",
      header: "Time",
      // On a phone the time moves under the action.
      meta: { className: "hidden w-36 sm:table-cell", skeletonClassName: "w-28" },
      cell: ({ row }) => <EntryTime date={row.original.createdAt} />,
    },
    {
      id: "actor",
      header: "Actor",
      meta: { className: "max-w-40 sm:max-w-none", skeletonClassName: "w-32" },
      cell: ({ row }) => <AuditActor actor={row.original.actor} />,
    },
    {
      id: "action",
      header: "Action",
      meta: { skeletonClassName: "w-32" },
      cell: ({ row }) => (
        <span className="grid">
          <span className="font-medium">{actionLabel(row.original.action)}</span>
          <span className="font-mono text-xs text-muted-foreground" data-testid="audit-action">
            {row.original.action}
          </span>
          <EntryTime date={row.original.createdAt} className="text-xs sm:hidden" />
        </span>
      ),
    },
    {
      id: "entity",
      header: "Entity",
      meta: { className: "hidden md:table-cell", skeletonClassName: "w-24" },
      cell: ({ row }) => (
        <span className="grid">
          <span>{ENTITY_LABELS[row.original.entityType] ?? row.original.entityType}</span>
          {row.original.entityId && (
            // Ids are time-ordered (UUIDv7): their ends tell them apart.
            <span className="font-mono text-xs text-muted-foreground" title={row.original.entityId}>
              …{row.original.entityId.slice(-8)}
            </span>
          )}
        </span>
      ),
    },
    {
      id: "summary",
      header: "Summary",
      meta: { className: "hidden max-w-80 lg:table-cell", skeletonClassName: "w-48" },
      cell: ({ row }) => (
        <span className="block truncate text-muted-foreground" title={summarizeChanges(row.original.changes)}>
          {summarizeChanges(row.original.changes) || "—"}
        </span>
      ),
    },
    {
      id: "details",
      header: () => <span className="sr-only">Details</span>,
      meta: { className: STICKY_ACTIONS, skeletonClassName: "ml-auto size-8" },
      cell: ({ row }) => (
        <Button
          type="button"
          variant="ghost"
          size="icon"
          className="size-8"
          aria-label={`Details of ${actionLabel(row.original.action).toLowerCase()}, ${formatDateTime(row.original.createdAt)}`}
          onClick={() => onOpen(row.original)}
        >
          <PanelRightOpen aria-hidden />
        </Button>
      ),
    },
  ];
}
