"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { ColumnHeader } from "@/components/data-table/column-header";
import { Highlight } from "@/components/data-table/highlight";
import { TimeCell } from "@/components/data-table/time-cell";
import { Checkbox } from "@/components/ui/checkbox";
import { formatDateTime } from "@/lib/format-time";
import { localizedName } from "@/lib/localized-name";
import { useViewerTimeZone } from "@/lib/use-hydrated";
import { PersonLabel } from "./person-label";
import { CatalogBadge, SlaBadge } from "./ticket-badges";
import type { TicketRow } from "./ticket-types";

/** The SLA badge, its resolution due time in the title (in UTC until hydrated, as `TimeCell`). */
function SlaCell({ sla }: { sla: TicketRow["sla"] }) {
  const t = useTranslations("tickets");
  const locale = useLocale();
  const zone = useViewerTimeZone();
  return (
    <span title={t("columns.resolutionDue", { date: formatDateTime(sla.resolutionDueAt, locale, zone) })}>
      <SlaBadge state={sla.state} />
    </span>
  );
}

type ColumnOptions = {
  selectable: boolean;
  showRequester: boolean;
  /** The applied search: its words are marked in the titles. */
  search?: string | null;
};

/**
 * Columns of the ticket table. On a phone only the number, title and status show; the rest appear
 * as the screen widens (the requester moves under the title until there is room for its column).
 */
export function useTicketColumns({ selectable, showRequester, search }: ColumnOptions): ColumnDef<TicketRow>[] {
  const t = useTranslations("tickets");
  const locale = useLocale();
  return useMemo(
    () => makeColumns({ selectable, showRequester, search, t, locale }),
    [selectable, showRequester, search, t, locale],
  );
}

function makeColumns({
  selectable,
  showRequester,
  search,
  t,
  locale,
}: ColumnOptions & {
  t: ReturnType<typeof useTranslations<"tickets">>;
  locale: ReturnType<typeof useLocale>;
}): ColumnDef<TicketRow>[] {
  const nameOf = (item: { name: string; nameEs?: string | null }) => localizedName(item, locale);
  const selectColumn: ColumnDef<TicketRow> = {
    id: "select",
    enableSorting: false,
    enableHiding: false,
    meta: { className: "w-10 pr-0", skeletonClassName: "size-4" },
    header: ({ table }) => (
      <Checkbox
        aria-label={t("columns.selectAll")}
        checked={table.getIsAllPageRowsSelected() ? true : table.getIsSomePageRowsSelected() ? "indeterminate" : false}
        onCheckedChange={(checked) => table.toggleAllPageRowsSelected(checked === true)}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        aria-label={t("columns.selectTicket", { number: row.original.number })}
        checked={row.getIsSelected()}
        onCheckedChange={(checked) => row.toggleSelected(checked === true)}
      />
    ),
  };
  const columns: ColumnDef<TicketRow>[] = [
    {
      id: "number",
      accessorKey: "number",
      header: ({ column }) => <ColumnHeader column={column} title="#" />,
      enableHiding: false,
      meta: { label: t("columns.number"), className: "w-16", skeletonClassName: "w-10" },
      cell: ({ row }) => (
        <Link
          href={`/tickets/${row.original.number}`}
          prefetch={false}
          className="font-mono text-xs font-medium underline-offset-4 hover:underline"
          aria-label={t("columns.openTicket", { number: row.original.number })}
        >
          #{row.original.number}
        </Link>
      ),
    },
    {
      id: "title",
      header: t("columns.title"),
      enableSorting: false,
      enableHiding: false,
      meta: { label: t("columns.title"), className: "w-full min-w-36 whitespace-normal", skeletonClassName: "w-56" },
      cell: ({ row }) => (
        <div className="grid min-w-0 gap-0.5">
          <Link
            href={`/tickets/${row.original.number}`}
            prefetch={false}
            className="line-clamp-2 font-medium break-words underline-offset-4 hover:underline"
            data-testid="ticket-title"
          >
            <Highlight text={row.original.title} query={search} />
          </Link>
          {showRequester && (
            <span className="truncate text-xs text-muted-foreground 2xl:hidden">{row.original.requester.fullName}</span>
          )}
        </div>
      ),
    },
    {
      id: "status",
      header: t("columns.status"),
      enableSorting: false,
      enableHiding: false,
      meta: { label: t("columns.status"), skeletonClassName: "w-20" },
      cell: ({ row }) => (
        <CatalogBadge
          name={nameOf(row.original.status)}
          color={row.original.status.color}
          className="max-w-28 sm:max-w-44"
        />
      ),
    },
    {
      id: "priority",
      accessorFn: (row) => row.priority.name,
      header: ({ column }) => <ColumnHeader column={column} title={t("columns.priority")} />,
      meta: { label: t("columns.priority"), className: "hidden lg:table-cell", skeletonClassName: "w-16" },
      cell: ({ row }) => <CatalogBadge name={nameOf(row.original.priority)} color={row.original.priority.color} />,
    },
    {
      id: "dueAt",
      accessorFn: (row) => row.sla.resolutionDueAt,
      header: ({ column }) => <ColumnHeader column={column} title={t("columns.sla")} />,
      meta: { label: t("columns.sla"), className: "hidden lg:table-cell", skeletonClassName: "w-16" },
      cell: ({ row }) => <SlaCell sla={row.original.sla} />,
    },
    ...(showRequester
      ? [
          {
            id: "requester",
            header: t("columns.requester"),
            enableSorting: false,
            meta: { label: t("columns.requester"), className: "hidden 2xl:table-cell", skeletonClassName: "w-28" },
            cell: ({ row }) => <PersonLabel person={row.original.requester} className="max-w-40" />,
          } satisfies ColumnDef<TicketRow>,
        ]
      : []),
    {
      id: "assignee",
      header: t("columns.assignee"),
      enableSorting: false,
      meta: { label: t("columns.assignee"), className: "hidden xl:table-cell", skeletonClassName: "w-28" },
      cell: ({ row }) => (
        <span data-testid="ticket-assignee">
          <PersonLabel person={row.original.assignee} empty={t("columns.unassigned")} className="max-w-40" />
        </span>
      ),
    },
    {
      id: "updatedAt",
      accessorKey: "updatedAt",
      header: ({ column }) => <ColumnHeader column={column} title={t("columns.updated")} />,
      meta: { label: t("columns.updated"), className: "hidden xl:table-cell", skeletonClassName: "w-20" },
      cell: ({ row }) => <TimeCell at={row.original.updatedAt} relative />,
    },
    {
      id: "createdAt",
      accessorKey: "createdAt",
      header: ({ column }) => <ColumnHeader column={column} title={t("columns.created")} />,
      meta: { label: t("columns.created"), className: "hidden xl:table-cell", skeletonClassName: "w-20" },
      cell: ({ row }) => <TimeCell at={row.original.createdAt} />,
    },
  ];
  return selectable ? [selectColumn, ...columns] : columns;
}
