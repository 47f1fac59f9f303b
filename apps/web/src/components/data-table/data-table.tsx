"use client";

import { flexRender, type Table as TanStackTable } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

type DataTableProps<TData> = {
  table: TanStackTable<TData>;
  /** Accessible name of the table, e.g. "Users". */
  label: string;
  /** No data yet: skeleton rows are shown. */
  loading: boolean;
  /** Showing the previous page's rows while the next ones load: dimmed and marked busy. */
  refreshing?: boolean;
  skeletonRows?: number;
  /** Shown in place of the rows when there are none. */
  empty: ReactNode;
};

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/** A TanStack table rendered with the UI kit's table; rows, sorting and pagination come from the server. */
export function DataTable<TData>({
  table,
  label,
  loading,
  refreshing = false,
  skeletonRows = 8,
  empty,
}: DataTableProps<TData>) {
  const columns = table.getVisibleLeafColumns();
  const rows = table.getRowModel().rows;
  return (
    <Table aria-label={label} aria-busy={loading || refreshing}>
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id} className="hover:bg-transparent">
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <TableHead
                  key={header.id}
                  aria-sort={header.column.getCanSort() ? (sorted ? ARIA_SORT[sorted] : "none") : undefined}
                  className={header.column.columnDef.meta?.className}
                >
                  {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                </TableHead>
              );
            })}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody className={cn("transition-opacity", refreshing && "opacity-60")}>
        {loading ? (
          Array.from({ length: skeletonRows }, (_, row) => (
            <TableRow key={row} data-testid="skeleton-row" className="hover:bg-transparent">
              {columns.map((column) => (
                <TableCell key={column.id} className={column.columnDef.meta?.className}>
                  <Skeleton className={cn("h-5", column.columnDef.meta?.skeletonClassName ?? "w-24")} />
                </TableCell>
              ))}
            </TableRow>
          ))
        ) : rows.length === 0 ? (
          <TableRow className="hover:bg-transparent">
            <TableCell colSpan={columns.length} className="p-0 whitespace-normal">
              {empty}
            </TableCell>
          </TableRow>
        ) : (
          rows.map((row) => (
            <TableRow key={row.id} data-state={row.getIsSelected() ? "selected" : undefined}>
              {row.getVisibleCells().map((cell) => (
                <TableCell key={cell.id} className={cell.column.columnDef.meta?.className}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </TableCell>
              ))}
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
