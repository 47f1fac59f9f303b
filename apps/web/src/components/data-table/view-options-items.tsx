"use client";

import type { Table } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import {
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
} from "@/components/ui/dropdown-menu";

/** The "Columns" menu's items (view-options.tsx): a checkbox per column that can be hidden. */
export default function ViewOptionsMenu({ table }: { table: Table<unknown> }) {
  const t = useTranslations("common.table");
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  return (
    <DropdownMenuContent align="end" className="w-48">
      <DropdownMenuLabel>{t("showColumns")}</DropdownMenuLabel>
      <DropdownMenuSeparator />
      {columns.map((column) => (
        <DropdownMenuCheckboxItem
          key={column.id}
          checked={column.getIsVisible()}
          onCheckedChange={(visible) => column.toggleVisibility(visible)}
          // Keep the menu open to toggle several columns in a row.
          onSelect={(event) => event.preventDefault()}
        >
          {column.columnDef.meta?.label ?? column.id}
        </DropdownMenuCheckboxItem>
      ))}
    </DropdownMenuContent>
  );
}
