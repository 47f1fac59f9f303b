"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { ColumnHeader } from "@/components/data-table/column-header";
import { Highlight } from "@/components/data-table/highlight";
import { Checkbox } from "@/components/ui/checkbox";
import { formatDateTime, formatRelative, formatShortDate } from "@/lib/format-time";
import { PersonLabel } from "./person-label";
import { CatalogBadge, SlaBadge } from "./ticket-badges";
import type { TicketRow } from "./ticket-types";

function Time({ at, relative = false }: { at: Date; relative?: boolean }) {
  return (
    <time dateTime={at.toISOString()} title={formatDateTime(at)}>
      {relative ? formatRelative(at) : formatShortDate(at)}
    </time>
  );
}

const selectColumn: ColumnDef<TicketRow> = {
  id: "select",
  enableSorting: false,
  enableHiding: false,
  meta: { className: "w-10 pr-0", skeletonClassName: "size-4" },
  header: ({ table }) => (
    <Checkbox
      aria-label="Select all tickets on this page"
      checked={table.getIsAllPageRowsSelected() ? true : table.getIsSomePageRowsSelected() ? "indeterminate" : false}
      onCheckedChange={(checked) => table.toggleAllPageRowsSelected(checked === true)}
    />
  ),
  cell: ({ row }) => (
    <Checkbox
      aria-label={`Select ticket #${row.original.number}`}
      checked={row.getIsSelected()}
      onCheckedChange={(checked) => row.toggleSelected(checked === true)}
    />
  ),
};

/**
 * Columns of the ticket table. On a phone only the number, title and status show; the rest appear
 * as the screen widens (the requester moves under the title until there is room for its column).
 */
export function ticketColumns({
  selectable,
  showRequester,
  search,
}: {
  selectable: boolean;
  showRequester: boolean;
  /** The applied search: its words are marked in the titles. */
  search?: string | null;
}): ColumnDef<TicketRow>[] {
  const columns: ColumnDef<TicketRow>[] = [
    {
      id: "number",
      accessorKey: "number",
      header: ({ column }) => <ColumnHeader column={column} title="#" />,
      enableHiding: false,
      meta: { label: "Number", className: "w-16", skeletonClassName: "w-10" },
      cell: ({ row }) => (
        <Link
          href={`/tickets/${row.original.number}`}
          prefetch={false}
          className="font-mono text-xs font-medium underline-offset-4 hover:underline"
          aria-label={`Ticket #${row.original.number}`}
        >
          #{row.original.number}
        </Link>
      ),
    },
    {
      id: "title",
      header: "Title",
      enableSorting: false,
      enableHiding: false,
      meta: { label: "Title", className: "w-full min-w-36 whitespace-normal", skeletonClassName: "w-56" },
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
      header: "Status",
      enableSorting: false,
      enableHiding: false,
      meta: { label: "Status", skeletonClassName: "w-20" },
      cell: ({ row }) => (
        <CatalogBadge
          name={row.original.status.name}
          color={row.original.status.color}
          className="max-w-28 sm:max-w-44"
        />
      ),
    },
    {
      id: "priority",
      accessorFn: (row) => row.priority.name,
      header: ({ column }) => <ColumnHeader column={column} title="Priority" />,
      meta: { label: "Priority", className: "hidden lg:table-cell", skeletonClassName: "w-16" },
      cell: ({ row }) => <CatalogBadge name={row.original.priority.name} color={row.original.priority.color} />,
    },
    {
      id: "dueAt",
      accessorFn: (row) => row.sla.resolutionDueAt,
      header: ({ column }) => <ColumnHeader column={column} title="SLA" />,
      meta: { label: "SLA", className: "hidden lg:table-cell", skeletonClassName: "w-16" },
      cell: ({ row }) => {
        const { state, resolutionDueAt } = row.original.sla;
        return (
          <span title={`Resolution due ${formatDateTime(resolutionDueAt)}`}>
            <SlaBadge state={state} />
          </span>
        );
      },
    },
    ...(showRequester
      ? [
          {
            id: "requester",
            header: "Requester",
            enableSorting: false,
            meta: { label: "Requester", className: "hidden 2xl:table-cell", skeletonClassName: "w-28" },
            cell: ({ row }) => <PersonLabel person={row.original.requester} className="max-w-40" />,
          } satisfies ColumnDef<TicketRow>,
        ]
      : []),
    {
      id: "assignee",
      header: "Assignee",
      enableSorting: false,
      meta: { label: "Assignee", className: "hidden xl:table-cell", skeletonClassName: "w-28" },
      cell: ({ row }) => (
        <span data-testid="ticket-assignee">
          <PersonLabel person={row.original.assignee} empty="Unassigned" className="max-w-40" />
        </span>
      ),
    },
    {
      id: "updatedAt",
      accessorKey: "updatedAt",
      header: ({ column }) => <ColumnHeader column={column} title="Updated" />,
      meta: { label: "Updated", className: "hidden xl:table-cell", skeletonClassName: "w-20" },
      cell: ({ row }) => <Time at={row.original.updatedAt} relative />,
    },
    {
      id: "createdAt",
      accessorKey: "createdAt",
      header: ({ column }) => <ColumnHeader column={column} title="Created" />,
      meta: { label: "Created", className: "hidden xl:table-cell", skeletonClassName: "w-20" },
      cell: ({ row }) => <Time at={row.original.createdAt} />,
    },
  ];
  return selectable ? [selectColumn, ...columns] : columns;
}
