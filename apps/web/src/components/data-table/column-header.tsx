"use client";

import type { Column } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/**
 * A column title that sorts the table when clicked: ascending first, then descending. The header
 * cell carries `aria-sort`, so the current order is announced.
 */
export function ColumnHeader<TData, TValue>({
  column,
  title,
  className,
}: {
  column: Column<TData, TValue>;
  title: string;
  className?: string;
}) {
  const t = useTranslations("common.table");
  if (!column.getCanSort()) return <span className={className}>{title}</span>;
  const sorted = column.getIsSorted();
  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
  const next = sorted === "asc" ? "sortDescending" : "sortAscending";
  return (
    <Button
      type="button"
      variant="ghost"
      size="sm"
      className={cn("-ml-2.5 h-8 gap-1.5 px-2.5 text-muted-foreground data-[sorted=true]:text-foreground", className)}
      data-sorted={Boolean(sorted)}
      onClick={() => column.toggleSorting(sorted === "asc")}
      title={t(next, { column: title.toLowerCase() })}
    >
      {title}
      <Icon className={cn("size-3.5", !sorted && "opacity-50")} aria-hidden />
    </Button>
  );
}
